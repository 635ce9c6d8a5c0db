import { escapeAttribute as a, escapeHtml as e } from './html-escape.ts';

/** What opens a page's head: see {@link headBasics}. */
export interface HeadBasics {
  /** The page's Content-Security-Policy: the site's, or the form editor's own. */
  csp: string;
  title: string;
  description?: string;
  /** Kept out of search engines: `noindex`, or more. */
  robots?: string;
  /** The colour schemes the page supports, e.g. `light dark`. */
  colorScheme?: string;
  /** The favicon's URL, with the base path. */
  favicon: string;
}

/**
 * The lines that open every page's head, in this order: the encoding, then the page's
 * Content-Security-Policy (before anything it governs), the viewport, the title, the
 * page's description and indexing rules, and the favicon. One source for the pages Astro
 * renders (HeadBasics.astro) and the embed cards the press-files workers write.
 */
export function headBasics({ csp, title, description, robots, colorScheme, favicon }: HeadBasics): string {
  return [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${a(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    description ? `<meta name="description" content="${a(description)}">` : '',
    robots ? `<meta name="robots" content="${a(robots)}">` : '',
    colorScheme ? `<meta name="color-scheme" content="${a(colorScheme)}">` : '',
    `<link rel="icon" href="${a(favicon)}" type="image/svg+xml">`,
  ].join('');
}
