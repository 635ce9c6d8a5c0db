import { checkText } from '../../i18n/check.ts';
import { ID_PATTERN } from '../../schemas/id.ts';
import type { Permalink } from '../../schemas/permalink.ts';
import type { Problem } from '../problem.ts';

/** A story file as the manifest rule sees it. */
export interface StoryPresence {
  slug: string;
  file: string;
  draft: boolean;
}

/** The ID a new story should take: one more than the highest ever given. */
export function nextStoryId(entries: Iterable<Permalink>): string {
  const highest = Math.max(0, ...[...entries].map((e) => Number(e.id.slice(2))));
  return `DH${String(highest + 1).padStart(4, '0')}`;
}

/**
 * Published URLs never break. Every published story needs an entry in the manifest;
 * every manifest entry needs its story, a redirect from its old slug to the new one,
 * or a recorded withdrawal; a published story cannot quietly become a draft again.
 */
export function checkPermalinks(
  stories: readonly StoryPresence[],
  entries: readonly Permalink[],
  manifestFile: string,
  lineOf: (id: string) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map(stories.map((s) => [s.slug, s]));
  const claimed = new Map<string, string>();
  const claim = (slug: string, id: string) => {
    const other = claimed.get(slug);
    if (other) problems.push({ file: manifestFile, line: lineOf(id), message: checkText.permalinkSlugTwice(slug, other) });
    else claimed.set(slug, id);
  };
  for (const entry of entries) {
    claim(entry.slug, entry.id);
    for (const old of entry.redirectFrom ?? []) {
      claim(old, entry.id);
      const story = bySlug.get(old);
      if (story) problems.push({ file: story.file, message: checkText.permalinkRedirectTaken(old, entry.id) });
    }
    const story = bySlug.get(entry.slug);
    if (entry.withdrawn) {
      if (story && !story.draft) {
        problems.push({ file: manifestFile, line: lineOf(entry.id), message: checkText.permalinkWithdrawnButPresent(entry.id, entry.slug) });
      }
    } else if (!story) {
      problems.push({ file: manifestFile, line: lineOf(entry.id), message: checkText.permalinkOrphan(entry.id, entry.slug) });
    } else if (story.draft) {
      problems.push({ file: story.file, message: checkText.permalinkBackToDraft(entry.id) });
    }
  }
  let next = nextStoryId(entries);
  for (const story of stories) {
    // A misnamed file is reported by the slug rule; its entry comes once the name is right.
    if (story.draft || claimed.has(story.slug) || !ID_PATTERN.test(story.slug)) continue;
    problems.push({ file: story.file, message: checkText.permalinkMissing(story.slug, next, manifestFile) });
    next = nextStoryId([{ id: next, slug: story.slug }]);
  }
  return problems;
}
