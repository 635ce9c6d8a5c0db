import { ROUTES } from '../config.ts';
import { pageKey, storyKey } from './page-key.ts';
import { paginate, type Page } from './paginate.ts';
import type { Story } from './story.ts';

/** The rest parameter for page `n`: undefined for page 1, `trang/n` after. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `${ROUTES.page}/${n}`;
}

/**
 * Static paths for paginated story lists, one list per term. Each page's cacheKey holds
 * what it shows: the term (its vocabulary entry, also in the site `fingerprint`), the page's
 * place in the list, the list's length and its stories; so a rebuild after one new story
 * copies the lists of every other field, place, kind, award and year.
 */
export function pagedTermPaths<T extends { id: string; item: unknown; stories: readonly Story[] }>(terms: readonly T[], size: number, fingerprint: string) {
  return terms.flatMap((term) =>
    paginate(term.stories, size).map((page) => ({
      params: { id: term.id, page: pageParam(page.number) },
      props: { term, page: page as Page<T['stories'][number]> },
      cacheKey: termPageKey(fingerprint, term, page, term.stories.length, page.items.map(storyKey)),
    })),
  );
}

/**
 * The cacheKey of one page of a term's list (stories, or practices): the site
 * `fingerprint`, the term, the page's place in the list, the list's length, and a key for
 * each item shown.
 */
export function termPageKey(fingerprint: string, term: { id: string; item: unknown }, page: { number: number; total: number }, count: number, itemKeys: unknown[]): string {
  return pageKey(fingerprint, term.id, term.item, page.number, page.total, count, itemKeys);
}

/**
 * Static paths for one taxonomy's replaced ids (data/term-permalinks.yaml `redirectTo`):
 * the old address renders a page that leads to the new one.
 */
export function redirectPaths(redirects: ReadonlyMap<string, string>, taxonomy: string, labelOf: (to: string) => string) {
  const prefix = `/${taxonomy}/`;
  return [...redirects]
    .filter(([from]) => from.startsWith(prefix))
    .map(([from, to]) => ({
      params: { id: from.slice(prefix.length, -1), page: undefined },
      props: { redirect: { to, label: labelOf(to) } },
    }));
}

/** The id in a taxonomy path: `/linh-vuc/y-te/` → `y-te`. */
export const idOfPath = (termPath: string) => termPath.split('/').at(-2)!;
