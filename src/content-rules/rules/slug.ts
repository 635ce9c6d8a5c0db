import { checkText } from '../../i18n/check.ts';
import { toIdShape } from '../../lib/fold.ts';
import { ID_PATTERN } from '../../schemas/id.ts';
import type { Problem } from '../problem.ts';

/** Slugs that would collide with the site's own URLs under /dien-hinh/. */
export const RESERVED_SLUGS = new Set(['trang', 'index', 'rss', 'og', 'qr', 'nhung', 'ban-tin']);

/** A story's file or folder name must be a clean ASCII slug that no site page uses. */
export function checkSlug(slug: string, file: string): Problem[] {
  if (!ID_PATTERN.test(slug)) {
    return [{ file, message: checkText.badSlug(slug, toIdShape(slug) || 'ten-bai-viet') }];
  }
  if (RESERVED_SLUGS.has(slug)) return [{ file, message: checkText.reservedSlug(slug) }];
  return [];
}
