import { ROUTES } from '../config.ts';

/**
 * Search filters: the URL parameter and Pagefind filter name of each facet.
 * They match the browse URLs, so `?linh-vuc=y-te` means what `/linh-vuc/y-te/` means.
 */
export const FACETS = [ROUTES.fields, ROUTES.localities, ROUTES.kinds, ROUTES.awards, ROUTES.years] as const;

export type Facet = (typeof FACETS)[number];

/** Query text and chosen filter values, as kept in the search page URL. */
export interface SearchState {
  q: string;
  filters: Record<Facet, string[]>;
}

/** Reads `?q=nong+dan&linh-vuc=nong-nghiep&nam=2023&nam=2024`; unknown parameters are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    FACETS.map((facet) => [facet, [...new Set(params.getAll(facet).filter((v) => /^[a-z0-9-]+$/.test(v)))]]),
  ) as Record<Facet, string[]>;
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** Writes the state back as URL parameters, in a stable order, leaving out what is empty. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of [...state.filters[facet]].sort()) params.append(facet, value);
  return params;
}

/** Pagefind filter arguments: any value within a facet, every facet together. */
export function toPagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    FACETS.filter((facet) => state.filters[facet].length > 0).map((facet) => [facet, { any: state.filters[facet] }]),
  );
}

/** Whether the state asks for anything at all. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.q && FACETS.every((facet) => state.filters[facet].length === 0);
}
