import { z } from 'astro/zod';
import type { Vocabularies } from '../lib/vocabularies.ts';
import { storySchema, type StoryFrontmatter } from '../schemas/story.ts';
import { checkText } from '../i18n/check.ts';
import { NO_APPROVALS, type PrivacyApprovals } from './privacy-approvals.ts';
import type { Problem } from './problem.ts';
import { readStory, storyDigest } from './read-story.ts';
import { checkAwardKinds } from './rules/award-kind.ts';
import { checkCover } from './rules/cover-file.ts';
import { looseStory } from './rules/loose.ts';
import { checkPrivacy } from './rules/privacy.ts';
import { checkReferences } from './rules/references.ts';
import type { StoryFile } from './story-files.ts';
import { checkStorySafety, type SafeStory } from './story-safety.ts';
import { issuesToProblems } from './zod-issues.ts';

/** Outside Astro a cover is a path; its file is checked by the safety rules. */
const schema = storySchema({ image: () => z.string() });
const storyKeys = Object.keys(schema.shape);
const nestedKeys: Record<string, string[]> = {
  subject: Object.keys(schema.shape.subject.shape),
  awards: Object.keys(schema.shape.awards.element.shape),
  visit: Object.keys(schema.shape.visit.unwrap().shape),
  followUps: Object.keys(schema.shape.followUps.unwrap().element.shape),
};

const vocabularyAt = (vocabularies: Vocabularies) => (path: readonly PropertyKey[]) => {
  const [head, , leaf] = path;
  if (head === 'field') return [...vocabularies.fields.keys()];
  if (head === 'locality') return [...vocabularies.localities.keys()];
  if (head === 'movement') return [...vocabularies.movements.keys()];
  if (head === 'awards' && leaf === 'award') return [...vocabularies.awards.keys()];
  return undefined;
};

/** The outcome of checking one story file. */
export interface StoryCheck {
  /** The frontmatter, when the story is valid. */
  data?: StoryFrontmatter;
  problems: Problem[];
  /** Whether the story says it is a draft (a story that cannot be read counts as published). */
  draft: boolean;
  /** Digest of the text, when it passed the safety rules (data, never code). */
  safeDigest?: string;
  /** What was read, when it passed the safety rules: the content loader takes it instead of reading the file again. */
  safeRead?: SafeStory;
  /** Publication day `YYYY-MM-DD`, when readable. */
  published?: string;
}

/** Checks one story file; returns its frontmatter when it is valid. */
export async function checkStory(
  story: StoryFile,
  vocabularies: Vocabularies,
  file: string,
  /** Privacy exceptions the editorial board approved (data/rieng-tu-da-duyet.yaml). */
  approvals: PrivacyApprovals = NO_APPROVALS,
): Promise<StoryCheck> {
  const problems: Problem[] = [];
  const read = await readStory(story.path, file);
  if (!read.story) return { problems: [...problems, ...read.problems], draft: false };
  const { text, source, yaml } = read.story;
  if (source.body.trim() === '') problems.push({ file, line: source.bodyLine, message: checkText.emptyBody });
  const safety = await checkStorySafety(read.story, story.path, !story.entry.includes('/'), file);
  problems.push(...safety.problems);
  const result = schema.safeParse(yaml.data ?? {});
  if (!result.success) {
    problems.push(
      ...issuesToProblems(result.error, yaml, file, {
        keysAt: (path) => (path.length === 0 ? storyKeys : (nestedKeys[String(path[0])] ?? [])),
        idsAt: vocabularyAt(vocabularies),
      }),
    );
  }
  const loose = looseStory(yaml.data);
  problems.push(...checkPrivacy(text, file, loose.publishedYear, approvals.textsFor(story.slug)));
  problems.push(
    ...checkReferences(loose, vocabularies, file, yaml.lineOf),
    ...checkAwardKinds(loose, vocabularies, file, yaml.lineOf),
    ...checkCover(loose.cover, loose.coverAlt, safety.cover, file, yaml.lineOf),
  );
  return {
    data: result.success && problems.length === 0 ? result.data : undefined,
    problems,
    draft: loose.draft,
    published: loose.published,
    safeDigest: safety.problems.length === 0 ? storyDigest(text) : undefined,
    safeRead: safety.problems.length === 0 ? { text, source, data: yaml.data } : undefined,
  };
}
