import { z } from 'astro/zod';
import { idSchema } from './id.ts';

/** The first year an award can carry: the Democratic Republic's first emulation awards. */
export const FIRST_AWARD_YEAR = 1945;

/** One award a story's subject received. */
export const storyAwardSchema = z.strictObject({
  /** Id from `data/awards.yaml`. */
  award: idSchema,
  /** The year the award was granted, 1945..this year. */
  year: z
    .number()
    .int()
    .min(FIRST_AWARD_YEAR)
    .refine((year) => year <= new Date().getUTCFullYear(), {
      params: { rule: 'future-year' },
    }),
  /** The granting decision, e.g. "Số 123/QĐ-UBND ngày 12/01/2024". */
  decision: z.string().trim().min(5).max(200).optional(),
});
