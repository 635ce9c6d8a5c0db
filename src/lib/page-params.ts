import { ROUTES } from '../config.ts';
import { paginate, type Page } from './paginate.ts';
import type { Story } from './story.ts';

/** The rest parameter for page `n`: undefined for page 1, `trang/n` after. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `${ROUTES.page}/${n}`;
}

/** Static paths for paginated story lists, one list per term. */
export function pagedTermPaths<T extends { id: string; stories: readonly Story[] }>(terms: readonly T[], size: number) {
  return terms.flatMap((term) =>
    paginate(term.stories, size).map((page) => ({
      params: { id: term.id, page: pageParam(page.number) },
      props: { term, page: page as Page<T['stories'][number]> },
    })),
  );
}
