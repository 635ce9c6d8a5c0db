import { checkText, fieldLabels } from '../i18n/check.ts';
import type { Problem } from './problem.ts';
import { parseStory, readStoryText, storyDigest, type ReadStory } from './read-story.ts';
import type { StorySource } from './story-source.ts';
import { checkImageFile, imageTarget, type CheckedImage } from './rules/local-image.ts';
import { checkMdxSafety, type ImageRef } from './rules/mdx-safety.ts';

/** What the safety rules found, and the cover picture when it passed. */
export interface SafetyResult {
  problems: Problem[];
  cover?: CheckedImage;
}

/**
 * The rules that keep a story data, never code: its body holds nothing but text,
 * the allowed components and pictures, and every picture (cover included) is a real
 * JPEG, PNG, WebP or AVIF file inside the story's own folder. The checker and the
 * content loader (which renders the body, src/loaders/story-html.ts) run these same rules.
 */
export async function checkStorySafety(
  story: ReadStory,
  storyPath: string,
  /** A flat story (`stories/a.mdx`) has no folder of its own, so no pictures. */
  flat: boolean,
  file: string,
): Promise<SafetyResult> {
  const images: ImageRef[] = [];
  const problems: Problem[] = story.source.body.trim() === ''
    ? []
    : checkMdxSafety(story.source.parsed, 1, file, images);
  const coverValue = (story.yaml.data as { cover?: unknown } | undefined)?.cover;
  const refs: (ImageRef & { field?: string })[] = [...images];
  if (typeof coverValue === 'string') {
    refs.push({ url: coverValue, line: story.yaml.lineOf(['cover']), field: checkText.fieldPrefix('cover', fieldLabels.cover) });
  }
  let cover: CheckedImage | undefined;
  await Promise.all(
    refs.map(async (ref) => {
      const target = imageTarget(ref.url, storyPath, flat);
      const checked = 'message' in target ? target : await checkImageFile(target.file, storyPath, ref.url);
      if ('message' in checked) problems.push({ file, line: ref.line, field: ref.field, message: checked.message });
      else if (ref.field) cover = checked.image;
    }),
  );
  return { problems, cover };
}

/** A story as the content loader needs it: its text, its parts and its frontmatter data. */
export interface SafeStory {
  text: string;
  source: StorySource;
  data: unknown;
}

/**
 * A file whose exact text passed the safety rules in this process: the digest of that
 * text and, until the content loader takes it, what the check read, so the loader need
 * not split and parse the file again (~0.5 ms a story, YAML mostly).
 */
export interface VerifiedStory {
  digest: string;
  read?: SafeStory;
}

/**
 * Files whose exact text passed the safety rules in this process, by absolute path.
 * Kept on globalThis because Astro loads the config and the content loader as
 * separate module instances in one process.
 */
export function verifiedStories(): Map<string, VerifiedStory> {
  const key = Symbol.for('dien-hinh.verified-stories');
  const holder = globalThis as { [key]?: Map<string, VerifiedStory> };
  return (holder[key] ??= new Map());
}

/**
 * Reads a story for the build (the content loader): the same reader as the check, and
 * the safety rules unless this exact text already passed them in this process. When the
 * check read this exact text, its reading is used (once: it is then let go); a file
 * changed since is read and checked anew. `story` is there only when nothing is wrong.
 */
export async function readSafeStory(
  storyPath: string,
  flat: boolean,
  file: string,
): Promise<{ story?: SafeStory; problems: Problem[] }> {
  const current = await readStoryText(storyPath, file);
  if (current.text === undefined) return { problems: current.problems };
  const verified = verifiedStories();
  const known = verified.get(storyPath);
  const checked = known?.read;
  if (known) known.read = undefined;
  if (checked && checked.text === current.text) return { story: checked, problems: [] };
  const read = parseStory(current.text, file);
  if (!read.story) return { problems: read.problems };
  const digest = storyDigest(read.story.text);
  if (known?.digest !== digest) {
    const { problems } = await checkStorySafety(read.story, storyPath, flat, file);
    if (problems.length) return { problems };
    verified.set(storyPath, { digest });
  }
  const { text, source, yaml } = read.story;
  return { story: { text, source, data: yaml.data }, problems: [] };
}
