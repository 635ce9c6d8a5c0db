import { createHash } from 'node:crypto';
import { checkText, fieldLabels } from '../i18n/check.ts';
import type { Problem } from './problem.ts';
import { readStory, type ReadStory } from './read-story.ts';
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

/** A digest of a story's text, to know that the text rendered is the text checked. */
export const storyDigest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Files whose exact text passed the safety rules in this process, by absolute path.
 * Kept on globalThis because Astro loads the config and the content loader as
 * separate module instances in one process.
 */
export function verifiedStories(): Map<string, string> {
  const key = Symbol.for('dien-hinh.verified-stories');
  const holder = globalThis as { [key]?: Map<string, string> };
  return (holder[key] ??= new Map());
}

/**
 * Reads a story for the build (the content loader): the same
 * reader as the check, and the safety rules unless this exact text already passed them
 * in this process. `story` is there only when nothing is wrong.
 */
export async function readSafeStory(
  storyPath: string,
  flat: boolean,
  file: string,
): Promise<{ story?: ReadStory; problems: Problem[] }> {
  const read = await readStory(storyPath, file);
  if (!read.story) return read;
  const verified = verifiedStories();
  const digest = storyDigest(read.story.text);
  if (verified.get(storyPath) !== digest) {
    const { problems } = await checkStorySafety(read.story, storyPath, flat, file);
    if (problems.length) return { problems };
    verified.set(storyPath, digest);
  }
  return read;
}
