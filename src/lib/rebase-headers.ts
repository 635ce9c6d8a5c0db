import { basePrefix } from './base-path.ts';

/**
 * A `_headers` file (Cloudflare Pages, Netlify) for a site served under `base`: every
 * URL pattern (a line starting with `/`) gets the base in front; header lines (indented),
 * comments and absolute URL patterns stay as they are.
 */
export function rebaseHeaders(text: string, base: string): string {
  const prefix = basePrefix(base);
  if (!prefix) return text;
  return text.replace(/^\/(?=\S*$)/gm, `${prefix}/`);
}
