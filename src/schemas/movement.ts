import { z } from 'astro/zod';
import { idSchema } from './id.ts';

/** An emulation movement or campaign (`data/movements.yaml`). */
export const movementSchema = z.strictObject({
  /** Permanent id. */
  id: idSchema,
  /** Official name of the movement. */
  name: z.string().trim().min(5).max(160),
  /** One line about what it asks of people. */
  description: z.string().trim().min(10).max(300),
});

export type Movement = z.output<typeof movementSchema>;
