import type { Award, Field, Locality, Movement, Permalink, TermPermalink } from '../schemas/index.ts';

/** Every vocabulary, each as a list in file order and a map by id. */
export interface Vocabularies {
  fields: Map<string, Field>;
  localities: Map<string, Locality>;
  awards: Map<string, Award>;
  movements: Map<string, Movement>;
  /** The permanent-link manifest, by story ID. */
  permalinks: Map<string, Permalink>;
  /** Taxonomy pages that have been published and must stay, by path. */
  termPermalinks: Set<string>;
  /** Old taxonomy paths and the path each now redirects to. */
  termRedirects: Map<string, string>;
}

/** Indexes vocabulary lists by id (file order is kept by the Map). */
export function indexVocabularies(lists: {
  fields: readonly Field[];
  localities: readonly Locality[];
  awards: readonly Award[];
  movements: readonly Movement[];
  permalinks: readonly Permalink[];
  termPermalinks?: readonly TermPermalink[];
}): Vocabularies {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  return {
    fields: byId(lists.fields),
    localities: byId(lists.localities),
    awards: byId(lists.awards),
    movements: byId(lists.movements),
    permalinks: byId(lists.permalinks),
    termPermalinks: new Set((lists.termPermalinks ?? []).filter((t) => !t.redirectTo).map((t) => t.path)),
    termRedirects: new Map((lists.termPermalinks ?? []).flatMap((t) => (t.redirectTo ? [[t.path, t.redirectTo] as const] : []))),
  };
}
