import { z } from 'astro/zod';
import { idSchema } from './id.ts';

/** A field of achievement (`data/fields.yaml`); its page is `/linh-vuc/<id>/`. */
export const fieldSchema = z.strictObject({
  /** Permanent id, part of URLs. */
  id: idSchema,
  /** Vietnamese name, e.g. "Nông nghiệp". */
  name: z.string().trim().min(2).max(60),
  /** One line telling citizens what belongs here. */
  description: z.string().trim().min(10).max(200),
});

export type Field = z.output<typeof fieldSchema>;
