import type { Story } from './story.ts';

/**
 * Stories to read next: same field and place first, then same field, then same place,
 * newest first within each; never the story itself.
 */
export function relatedStories<S extends Story>(story: S, all: readonly S[], count: number): S[] {
  const score = (other: S) =>
    (other.field.id === story.field.id ? 2 : 0) + (other.locality.id === story.locality.id ? 1 : 0);
  return all
    .filter((other) => other.slug !== story.slug && score(other) > 0)
    .map((other, index) => ({ other, index, score: score(other) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .map(({ other }) => other);
}
