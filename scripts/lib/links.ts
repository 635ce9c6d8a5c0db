import { existsSync } from 'node:fs';
import path from 'node:path';
import { basePrefix } from '../../src/lib/base-path.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Site-internal URLs a document refers to, as paths (base included, if any): in HTML and
 * XML the href, src, srcset, url attributes, <loc> and <link> elements and the target of a
 * meta refresh; in any text (JSON-LD, JSON, CSV, radio text, og:image) every absolute URL
 * on `origin`.
 */
export function internalUrls(text: string, origin?: string): string[] {
  const urls = [...text.matchAll(/\b(?:href|src|url)="([^"]+)"/g)].map((m) => m[1]!);
  for (const m of text.matchAll(/\bsrcset="([^"]+)"/g)) {
    urls.push(...m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  }
  for (const m of text.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)) urls.push(m[1]!);
  for (const m of text.matchAll(/http-equiv="refresh" content="\d+;\s*url=([^"]+)"/g)) urls.push(m[1]!);
  // Stops at what ends a URL in HTML, JSON, CSV and text: quotes, <, &, comma, space.
  if (origin) for (const m of text.matchAll(new RegExp(`${escapeRegExp(origin)}(?=[/"'<&,\\s]|$)[^"'<>&,\\s]*`, 'g'))) urls.push(m[0]);
  return urls
    .map((u) => u.replace(/&amp;/g, '&'))
    .map((u) => (origin && u.startsWith(origin) ? u.slice(origin.length) || '/' : u))
    .filter((u) => u.startsWith('/') && !u.startsWith('//'));
}

/**
 * Whether a URL path exists in a built folder, as a static host serving the site under
 * `base` would resolve it: a path outside the base is broken.
 */
export function resolvesIn(dist: string, url: string, base = '/'): boolean {
  const prefix = basePrefix(base);
  const target = decodeURIComponent(url.split(/[?#]/)[0]!);
  if (prefix && !target.startsWith(`${prefix}/`)) return false;
  const sitePath = target.slice(prefix.length);
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return existsSync(path.join(dist, file));
}
