import { existsSync } from 'node:fs';
import path from 'node:path';

/** Site-internal URLs an HTML or XML document refers to: href, src, srcset, <loc>, <link>. */
export function internalUrls(text: string, origin?: string): string[] {
  const urls = [...text.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
  for (const m of text.matchAll(/\bsrcset="([^"]+)"/g)) {
    urls.push(...m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  }
  for (const m of text.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)) urls.push(m[1]!);
  return urls
    .map((u) => u.replace(/&amp;/g, '&'))
    .map((u) => (origin && u.startsWith(origin) ? u.slice(origin.length) || '/' : u))
    .filter((u) => u.startsWith('/') && !u.startsWith('//'));
}

/** Whether a site path exists in a built folder, as a static host would resolve it. */
export function resolvesIn(dist: string, url: string): boolean {
  const target = decodeURIComponent(url.split(/[?#]/)[0]!);
  const file = target.endsWith('/') ? `${target}index.html` : target;
  return existsSync(path.join(dist, file));
}
