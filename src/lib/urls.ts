import { ROUTES } from '../config.ts';

/** Site paths of every kind of page, always ending in a slash. */
export const paths = {
  home: () => '/',
  stories: () => `/${ROUTES.stories}/`,
  story: (slug: string) => `/${ROUTES.stories}/${slug}/`,
  fields: () => `/${ROUTES.fields}/`,
  field: (id: string) => `/${ROUTES.fields}/${id}/`,
  localities: () => `/${ROUTES.localities}/`,
  locality: (id: string) => `/${ROUTES.localities}/${id}/`,
  awards: () => `/${ROUTES.awards}/`,
  award: (id: string) => `/${ROUTES.awards}/${id}/`,
  years: () => `/${ROUTES.years}/`,
  year: (year: number) => `/${ROUTES.years}/${year}/`,
  kinds: () => `/${ROUTES.kinds}/`,
  kind: (kind: string) => `/${ROUTES.kinds}/${kind}/`,
  about: () => `/${ROUTES.about}/`,
  search: () => `/${ROUTES.search}/`,
  practices: (field?: string) => (field ? `/${ROUTES.practices}/${field}/` : `/${ROUTES.practices}/`),
  stats: () => `/${ROUTES.stats}/`,
  editor: () => `/${ROUTES.editor}/`,
} as const;

/** The path of page `n` of a paginated list rooted at `listPath`. */
export function pagePath(listPath: string, n: number): string {
  return n <= 1 ? listPath : `${listPath}${ROUTES.page}/${n}/`;
}
