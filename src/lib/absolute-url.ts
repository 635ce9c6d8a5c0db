import { withBase } from './with-base.ts';

/**
 * The absolute URL of a site path on the canonical origin (`Astro.site`, from SITE_URL),
 * with the deployment base: what feeds, JSON-LD, QR codes and citations must use.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('absoluteUrl needs the site URL (astro.config `site`)');
  return new URL(withBase(path), site).href;
}
