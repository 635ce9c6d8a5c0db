import { foldDStroke } from '../lib/fold.ts';

/**
 * Prepares a built page for the search index: folds `đ` in text between tags,
 * leaving tags and attributes (meta and filter values shown to readers) as written.
 * The served page is untouched; only Pagefind sees the folded text.
 */
export function foldHtmlForIndex(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${foldDStroke(text)}<`);
}
