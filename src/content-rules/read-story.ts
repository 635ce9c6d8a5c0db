import { createHash } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import { checkText } from '../i18n/check.ts';
import type { Problem } from './problem.ts';
import { readUtf8 } from './read-text.ts';
import { isSplitProblem, splitStory, type StorySource } from './story-source.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** More text than any story needs; pictures are separate files. */
export const MAX_STORY_BYTES = 256 * 1024;

/** C0 and C1 control characters other than tab and line breaks, and the bidirectional overrides. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A story file as read once for the checker and the build alike. */
export interface ReadStory {
  /** The whole text, a leading BOM dropped. */
  text: string;
  source: StorySource;
  yaml: YamlSource;
}

const SPLIT_MESSAGES = {
  noFrontmatter: checkText.noFrontmatter,
  delimiterSpaces: checkText.frontmatterDelimiter,
  secondBlock: checkText.secondFrontmatter,
} as const;

/**
 * The text of a story file: a real file (not a link) of at most 256 KB of UTF-8, a
 * leading BOM dropped. Problems are located by file line; `text` is there only when there are none.
 */
export async function readStoryText(storyPath: string, file: string): Promise<{ text?: string; problems: Problem[] }> {
  const fail = (line: number | undefined, message: string) => ({ problems: [{ file, line, message }] });
  const info = await lstat(storyPath).catch(() => undefined);
  if (!info || info.isSymbolicLink() || !info.isFile()) return fail(undefined, checkText.symlink);
  if (info.size > MAX_STORY_BYTES) return fail(undefined, checkText.storyTooLarge(Math.ceil(info.size / 1024)));
  const raw = await readUtf8(storyPath);
  if (raw === undefined) return fail(1, checkText.notUtf8);
  return { text: raw.replace(/^\uFEFF/, ''), problems: [] };
}

/**
 * A story's text with no invisible control characters, split by `splitStory` and its
 * frontmatter parsed. Problems are located by file line; `story` is there only when there are none.
 */
export function parseStory(text: string, file: string): { story?: ReadStory; problems: Problem[] } {
  const fail = (line: number | undefined, message: string) => ({ problems: [{ file, line, message }] });
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const found = line.match(CONTROL);
    if (found) {
      const code = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      problems.push({ file, line: index + 1, message: checkText.controlCharacter(code) });
    }
  });
  if (problems.length) return { problems };
  const source = splitStory(text);
  if (isSplitProblem(source)) return fail(source.line, SPLIT_MESSAGES[source.reason]);
  const yaml = parseYamlSource(source.yaml, source.yamlLine);
  if (yaml.errors.length) return { problems: yaml.errors.map((e) => ({ file, line: e.line, message: e.message })) };
  return { story: { text, source, yaml }, problems: [] };
}

/** Reads a story file: {@link readStoryText}, then {@link parseStory}. */
export async function readStory(storyPath: string, file: string): Promise<{ story?: ReadStory; problems: Problem[] }> {
  const read = await readStoryText(storyPath, file);
  return read.text === undefined ? { problems: read.problems } : parseStory(read.text, file);
}

/** A digest of a story's text, to know that the text rendered is the text checked. */
export const storyDigest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A story's body read again from its file, for the radio bulletin (the build keeps no
 * story source: src/loaders/stories.ts). `digest` is the loader's {@link storyDigest} of
 * the text it checked; a file changed since then is refused, so a bulletin never reads
 * words the check has not read.
 */
export async function readCheckedBody(storyPath: string, digest: string): Promise<string> {
  const read = await readStoryText(storyPath, storyPath);
  if (read.text === undefined) throw new Error(`${storyPath}: ${read.problems.map((p) => p.message).join(' ')}`);
  if (storyDigest(read.text) !== digest) throw new Error(`${storyPath}: changed since the build checked it; build again.`);
  const source = splitStory(read.text);
  if (isSplitProblem(source)) throw new Error(`${storyPath}: ${SPLIT_MESSAGES[source.reason]}`);
  return source.body;
}
