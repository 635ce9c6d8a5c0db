import { withBase } from './with-base.ts';

/**
 * The absolute URL of a site path on the canonical origin (`Astro.site`, from SITE_URL),
 * with the deployment base: what feeds, JSON-LD, QR codes and citations must use.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('absoluteUrl needs the site URL (astro.config `site`)');
  return new URL(withBase(path), site).href;
}

/** The absolute URL of a built asset whose `src` already carries the base, e.g. `/_astro/a.jpg`. */
export function absoluteAssetUrl(src: string, site: URL | string | undefined): string {
  if (!site) throw new Error('absoluteAssetUrl needs the site URL (astro.config `site`)');
  return new URL(src, site).href;
}
