import { z } from 'astro/zod';
import { checkText } from '../i18n/check.ts';
import type { Vocabularies } from '../lib/vocabularies.ts';
import { storySchema, type StoryFrontmatter } from '../schemas/story.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { NO_APPROVALS, type PrivacyApprovals } from './privacy-approvals.ts';
import type { Problem } from './problem.ts';
import { readUtf8 } from './read-text.ts';
import { checkAwardKinds } from './rules/award-kind.ts';
import { checkCover } from './rules/cover-file.ts';
import { looseStory } from './rules/loose.ts';
import { checkMdxSafety } from './rules/mdx-safety.ts';
import { checkPrivacy } from './rules/privacy.ts';
import { checkReferences } from './rules/references.ts';
import { checkSlug } from './rules/slug.ts';
import type { StoryFile } from './story-files.ts';
import { parseYamlSource } from './yaml-source.ts';
import { issuesToProblems } from './zod-issues.ts';

/** Outside Astro a cover is a path; its file is checked by a rule. */
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

/** Checks one story file; returns its frontmatter when it is valid. */
export async function checkStory(
  story: StoryFile,
  vocabularies: Vocabularies,
  file: string,
  /** Privacy exceptions the editorial board approved (data/rieng-tu-da-duyet.yaml). */
  approvals: PrivacyApprovals = NO_APPROVALS,
): Promise<{ data?: StoryFrontmatter; problems: Problem[]; draft: boolean }> {
  const problems = checkSlug(story.slug, file);
  const text = await readUtf8(story.path);
  // A story that cannot be read is treated as published: its URL must stay covered.
  if (text === undefined) return { problems: [...problems, { file, line: 1, message: checkText.notUtf8 }], draft: false };
  const parts = splitFrontmatter(text);
  if (!parts) return { problems: [...problems, { file, line: 1, message: checkText.noFrontmatter }], draft: false };
  const source = parseYamlSource(parts.yaml, parts.yamlLine);
  if (source.errors.length) {
    return {
      problems: [
        ...problems,
        ...source.errors.map((e) => ({ file, line: e.line, message: checkText.yamlSyntax(e.message) })),
      ],
      draft: false,
    };
  }
  const bodyLine = parts.yamlLine + parts.yaml.split('\n').length + 1;
  if (parts.body.trim() === '') problems.push({ file, line: bodyLine, message: checkText.emptyBody });
  else problems.push(...checkMdxSafety(parts.body, bodyLine, file));
  const result = schema.safeParse(source.data ?? {});
  if (!result.success) {
    problems.push(
      ...issuesToProblems(result.error, source, file, {
        keysAt: (path) => (path.length === 0 ? storyKeys : (nestedKeys[String(path[0])] ?? [])),
        idsAt: vocabularyAt(vocabularies),
      }),
    );
  }
  const loose = looseStory(source.data);
  problems.push(...checkPrivacy(text, file, loose.publishedYear, approvals.textsFor(story.slug)));
  problems.push(
    ...checkReferences(loose, vocabularies, file, source.lineOf),
    ...checkAwardKinds(loose, vocabularies, file, source.lineOf),
    ...(await checkCover(loose.cover, loose.coverAlt, story.path, file, source.lineOf)),
  );
  return { data: result.success && problems.length === 0 ? result.data : undefined, problems, draft: loose.draft };
}
