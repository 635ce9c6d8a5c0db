import { checkText } from '../../i18n/check.ts';
import { newStoryIds } from '../../lib/story-ids.ts';
import type { Permalink } from '../../schemas/permalink.ts';
import type { Problem } from '../problem.ts';

/** A story file as the manifest rule sees it. */
export interface StoryPresence {
  slug: string;
  file: string;
  draft: boolean;
  /** Publication day `YYYY-MM-DD`, when readable. */
  published?: string;
}

/**
 * Published URLs never break. Every manifest entry needs its story, a redirect from
 * its old slug to the new one, or a recorded withdrawal; a published story cannot
 * quietly become a draft again. A new story needs nothing in the manifest: the
 * notices say which ID it will be given once merged (see lib/story-ids.ts).
 */
export function checkPermalinks(
  stories: readonly StoryPresence[],
  entries: readonly Permalink[],
  manifestFile: string,
  lineOf: (id: string) => number | undefined,
): { problems: Problem[]; notices: Problem[] } {
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
  // A misnamed file is reported by the slug rule; its ID comes once the name is right.
  const candidates = stories.flatMap((s) => (!s.draft && s.published ? [{ slug: s.slug, published: s.published }] : []));
  const fileOf = new Map(stories.map((s) => [s.slug, s.file]));
  const notices = newStoryIds(entries, candidates).map((entry) => ({
    file: fileOf.get(entry.slug)!,
    message: checkText.permalinkNew(entry.slug, entry.id),
  }));
  return { problems, notices };
}
