/**
 * The order profiles are given to Pagefind: newest first. Pagefind numbers pages in the
 * order they are added, and a search by filters alone lists them by that number, so the
 * index needs no sort table for "newest first". Such a table (every page's position,
 * which gzip cannot shrink) was 22 KB of the metadata every search loads first at
 * 10,000 stories.
 */

/** A profile's publication day as its page writes it for the index (`data-published`), or '' if none. */
export function publishedDay(html: string): string {
  return /\sdata-published="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1] ?? '';
}

export interface DatedPage {
  /** The page's path inside the site, e.g. `dien-hinh/nguyen-van-an/index.html`. */
  file: string;
  /** `YYYY-MM-DD`, or '' for a page without a date. */
  published: string;
}

/** Newest first; the same day by path, so two builds add pages in the same order; undated pages last. */
export function newestFirst(a: DatedPage, b: DatedPage): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}
