import path from 'node:path';
import { checkText } from '../i18n/check.ts';
import { STORIES_DIR } from '../content-paths.ts';
import type { StoryFrontmatter } from '../schemas/story.ts';
import type { Vocabularies } from '../lib/vocabularies.ts';
import { checkStory } from './check-story.ts';
import { relativeTo } from './display-path.ts';
import { readPrivacyApprovals } from './privacy-approvals.ts';
import type { Problem } from './problem.ts';
import { checkPermalinks, type StoryPresence } from './rules/permalinks.ts';
import { checkTermPermalinks } from './rules/term-permalinks.ts';
import { listStoryFiles } from './story-files.ts';
import { verifiedStories } from './story-safety.ts';
import { readVocabularies } from './vocabulary-files.ts';

/** The outcome of checking a whole content root. */
export interface ContentReport {
  problems: Problem[];
  /** Things to know that need no change, such as the ID a new story will get. */
  notices: Problem[];
  /** Valid stories by slug. */
  stories: Map<string, StoryFrontmatter>;
  /** The vocabularies the stories were checked against. */
  vocabularies: Vocabularies;
}

/**
 * Checks every vocabulary and story of a content root without building:
 * the single rule set shared by `npm run check` and the build.
 */
export async function checkContent(root: string, cwd = process.cwd()): Promise<ContentReport> {
  const display = relativeTo(cwd);
  const { vocabularies, problems, permalinkLines, permalinkFile, termPermalinkLines, termPermalinkFile } =
    await readVocabularies(root, display);
  problems.push(...checkTermPermalinks(vocabularies, termPermalinkFile, (p) => termPermalinkLines.get(p)));
  const privacy = await readPrivacyApprovals(root, display);
  problems.push(...privacy.problems);
  const listing = await listStoryFiles(path.join(root, STORIES_DIR), display);
  problems.push(...listing.problems);
  const stories = new Map<string, StoryFrontmatter>();
  const seen = new Map<string, string>();
  const results = await Promise.all(
    listing.files.map(async (story) => ({ story, ...(await checkStory(story, vocabularies, display(story.path), privacy.approvals)) })),
  );
  const presence: StoryPresence[] = [];
  const verified = verifiedStories();
  for (const { story, data, draft, published, problems: storyProblems, safeDigest, safeRead } of results) {
    const file = display(story.path);
    if (safeDigest) verified.set(story.path, { digest: safeDigest, read: safeRead });
    else verified.delete(story.path);
    problems.push(...storyProblems);
    const other = seen.get(story.slug);
    if (other) problems.push({ file, message: checkText.duplicateSlug(story.slug, other) });
    else seen.set(story.slug, file);
    if (data) stories.set(story.slug, data);
    presence.push({ slug: story.slug, file, draft, published });
  }
  for (const [slug, line] of privacy.storyLines) {
    if (!seen.has(slug)) problems.push({ file: privacy.file, line, message: checkText.privacy.approvalUnknownStory(slug) });
  }
  const permalinks = checkPermalinks(presence, [...vocabularies.permalinks.values()], permalinkFile, (id) =>
    permalinkLines.get(id),
  );
  problems.push(...permalinks.problems);
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, notices: permalinks.notices, stories, vocabularies };
}
