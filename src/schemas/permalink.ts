import { z } from 'astro/zod';
import { dateOnlySchema } from './date-only.ts';
import { idSchema } from './id.ts';

/** Story IDs: "DH" and at least four digits, given once and never reused. */
export const STORY_ID_PATTERN = /^DH\d{4,}$/;

/**
 * One published profile in the permanent-link manifest (`data/permalinks.yaml`):
 * the story's ID for ever, its current slug, old slugs that redirect to it, or a
 * withdrawal with its reason.
 */
export const permalinkSchema = z
  .strictObject({
    /** Permanent story ID, e.g. DH0001; shown on the profile. */
    id: z.string().regex(STORY_ID_PATTERN),
    /** The story's slug now, or its last slug once withdrawn. */
    slug: idSchema,
    /** Slugs the story had before; each old URL redirects to the current one. */
    redirectFrom: z.array(idSchema).min(1).optional(),
    /** Day the story was taken down; its URL then explains why. */
    withdrawn: dateOnlySchema.optional(),
    /** Why it was taken down, shown to readers; required with `withdrawn`. */
    reason: z.string().trim().min(10).max(300).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.withdrawn && !entry.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], params: { rule: 'required-when-withdrawn' } });
    }
  });

export type Permalink = z.output<typeof permalinkSchema>;
