import type { Permalink } from '../schemas/permalink.ts';
import { ID_PATTERN } from '../schemas/id.ts';

/** A published story that may need an ID: its slug and its publication day (`YYYY-MM-DD`). */
export interface IdCandidate {
  slug: string;
  published: string;
}

/** The ID after the highest ever given, withdrawn ones included, so no ID is ever reused. */
export function nextStoryId(entries: Iterable<Pick<Permalink, 'id'>>): string {
  const highest = Math.max(0, ...[...entries].map((e) => Number(e.id.slice(2))));
  return `DH${String(highest + 1).padStart(4, '0')}`;
}

/**
 * The manifest entries that published stories without one get, in a fixed order
 * (publication day, then slug) from the next free number. The build numbers new
 * stories with this, and so does the job that writes the manifest after a merge,
 * from the same files: the ID a reader sees is the ID that gets written, and a
 * story pull request never has to touch the shared manifest.
 */
export function newStoryIds(entries: readonly Permalink[], stories: readonly IdCandidate[]): Permalink[] {
  const claimed = new Set(entries.flatMap((e) => [e.slug, ...(e.redirectFrom ?? [])]));
  const waiting = stories
    .filter((s) => ID_PATTERN.test(s.slug) && !claimed.has(s.slug))
    .sort((a, b) => a.published.localeCompare(b.published) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const added: Permalink[] = [];
  for (const { slug } of new Map(waiting.map((s) => [s.slug, s])).values()) {
    added.push({ id: nextStoryId([...entries, ...added]), slug });
  }
  return added;
}

/** The ID of each published story by slug: the manifest's, else the one it will be given. */
export function storyIdsBySlug(entries: readonly Permalink[], stories: readonly IdCandidate[]): Map<string, string> {
  const live = entries.filter((e) => !e.withdrawn);
  return new Map([...live, ...newStoryIds(entries, stories)].map((e) => [e.slug, e.id]));
}
