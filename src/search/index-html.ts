import { foldDStroke } from '../lib/fold.ts';

/**
 * Prepares a built page for the search index: folds `đ` in text between tags,
 * leaving tags and attributes (meta and filter values shown to readers) as written.
 * The served page is untouched; only Pagefind sees the folded text.
 */
export function foldHtmlForIndex(html: string): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${foldDStroke(text)}<`);
}

/**
 * The part of a built profile that Pagefind reads: its `data-pagefind-body` article,
 * in the page's own `<html>` tag. Pagefind indexes nothing outside that element, so the
 * index is the same; but parsing and folding the rest (head, header, press kit, related
 * stories, footer: over half of a profile's bytes) took a third of the indexing step.
 * A page without such an article, or whose article holds another one, is given whole.
 */
export function indexedPart(html: string): string {
  const marker = html.indexOf(' data-pagefind-body');
  const start = html.lastIndexOf('<article', marker);
  const end = html.indexOf('</article>', marker);
  if (marker < 0 || start < 0 || end < 0 || html.slice(start, marker).includes('>')) return html;
  const article = html.slice(start, end + '</article>'.length);
  if (article.indexOf('<article', 1) >= 0) return html;
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  return `<!DOCTYPE html>${root}<body>${article}</body></html>`;
}
