import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { checkText, fieldLabels } from '../../i18n/check.ts';
import type { Problem } from '../problem.ts';

/** Covers are printed and shared: wide enough for a 1200 px share image, small enough for phones on slow links. */
export const COVER_RULES = { minWidth: 1200, maxBytes: 5 * 1024 * 1024, formats: ['jpeg', 'png', 'webp'] } as const;

/** Alt texts that describe nothing. */
const EMPTY_ALT = /^(ảnh|hình|hình ảnh|ảnh bìa|image|photo|picture|img)\s*\d*$/i;

/**
 * A cover must be a JPEG, PNG or WebP file next to the story, at least 1200 px wide
 * and at most 5 MB; its alt text must describe it, not repeat its file name.
 */
export async function checkCover(
  cover: unknown,
  coverAlt: unknown,
  storyPath: string,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): Promise<Problem[]> {
  if (typeof cover !== 'string') return [];
  const at = (key: 'cover' | 'coverAlt', message: string): Problem => ({
    file,
    line: lineOf([key]),
    field: checkText.fieldPrefix(key, fieldLabels[key]),
    message,
  });
  const problems: Problem[] = [];
  const name = path.basename(cover);
  if (typeof coverAlt === 'string') {
    const alt = coverAlt.trim().toLowerCase();
    if (alt === name.toLowerCase() || alt === path.parse(name).name.toLowerCase() || EMPTY_ALT.test(alt)) {
      problems.push(at('coverAlt', checkText.coverAltUseless(coverAlt)));
    }
  }
  const image = path.resolve(path.dirname(storyPath), cover);
  if (!existsSync(image)) return [...problems, at('cover', checkText.coverMissing(cover))];
  const { size } = await stat(image);
  if (size > COVER_RULES.maxBytes) problems.push(at('cover', checkText.coverTooHeavy(size)));
  const meta = await sharp(image).metadata().catch(() => undefined);
  if (!meta?.format || !(COVER_RULES.formats as readonly string[]).includes(meta.format)) {
    problems.push(at('cover', checkText.coverFormat(meta?.format ?? path.extname(name).slice(1))));
  } else if ((meta.width ?? 0) < COVER_RULES.minWidth) {
    problems.push(at('cover', checkText.coverTooSmall(meta.width ?? 0)));
  }
  return problems;
}
