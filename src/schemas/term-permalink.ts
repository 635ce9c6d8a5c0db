import { z } from 'astro/zod';

/** A taxonomy page's path: `/linh-vuc/<id>/`, `/dia-phuong/<id>/`, `/khen-thuong/<id>/`, `/doi-tuong/<kind>/` or `/nam/<year>/`. */
export const TERM_PATH = /^\/(linh-vuc|dia-phuong|khen-thuong|doi-tuong|nam)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/**
 * A published taxonomy page (`data/term-permalinks.yaml`). Listed pages are kept:
 * built even when no story holds the term any more, and their ids may not be
 * removed from the vocabularies unless `redirectTo` names the page that replaces them.
 */
export const termPermalinkSchema = z.strictObject({
  /** The page's path, e.g. /linh-vuc/nong-nghiep/. */
  path: z.string().regex(TERM_PATH),
  /** When the term's id was replaced: the new page this address now leads to. */
  redirectTo: z.string().regex(TERM_PATH).optional(),
});

export type TermPermalink = z.output<typeof termPermalinkSchema>;
