import { z } from 'astro/zod';
import { kindSchema } from './kind.ts';

/** Who the story is about. */
export const subjectSchema = z.strictObject({
  /** Individual, collective or household. */
  kind: kindSchema,
  /** The person, household or collective, as it should be printed. */
  name: z.string().trim().min(2).max(120),
  /** Position, unit or village; never a home address. */
  role: z.string().trim().min(2).max(160).optional(),
});
