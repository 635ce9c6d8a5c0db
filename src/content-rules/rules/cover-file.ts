import path from 'node:path';
import { checkText, fieldLabels } from '../../i18n/check.ts';
import type { Problem } from '../problem.ts';
import type { CheckedImage } from './local-image.ts';

/** Covers are printed and shared: wide enough for a 1200 px share image, small enough for phones on slow links. */
export const COVER_RULES = { minWidth: 1200, maxBytes: 5 * 1024 * 1024 } as const;

/** Alt texts that describe nothing. */
const EMPTY_ALT = /^(ảnh|hình|hình ảnh|ảnh bìa|image|photo|picture|img)\s*\d*$/i;

/**
 * A cover (already checked to be a picture in the story's folder by the safety rules)
 * must be at least 1200 px wide and at most 5 MB; its alt text must describe it, not
 * repeat its file name.
 */
export function checkCover(
  cover: unknown,
  coverAlt: unknown,
  image: CheckedImage | undefined,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
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
  if (!image) return problems;
  if (image.bytes > COVER_RULES.maxBytes) problems.push(at('cover', checkText.coverTooHeavy(image.bytes)));
  if (image.width < COVER_RULES.minWidth) problems.push(at('cover', checkText.coverTooSmall(image.width)));
  return problems;
}
