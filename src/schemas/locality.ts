import { z } from 'astro/zod';
import { dateOnlySchema } from './date-only.ts';
import { idSchema } from './id.ts';

export const LOCALITY_TYPES = ['thanh-pho', 'huyen', 'cap-tinh'] as const;
export const LOCALITY_STATUSES = ['active', 'former'] as const;

/**
 * A place (`data/localities.yaml`) as it was named when a model was honoured.
 * A reorganisation edits `status` and `until`; ids never change.
 */
export const localitySchema = z
  .strictObject({
    /** Permanent id, part of URLs. */
    id: idSchema,
    /** Full name, e.g. "Huyện Hải Hậu". */
    name: z.string().trim().min(2).max(80),
    /** Short name for cards and lists, e.g. "Hải Hậu". */
    shortName: z.string().trim().min(2).max(40).optional(),
    /** Administrative level. */
    type: z.enum(LOCALITY_TYPES),
    /** `former` once the unit no longer exists as such. */
    status: z.enum(LOCALITY_STATUSES),
    /** Last day the unit existed; required when `status` is `former`. */
    until: dateOnlySchema.optional(),
    /** A line of context shown on the locality page. */
    note: z.string().trim().min(10).max(300).optional(),
  })
  .superRefine((locality, ctx) => {
    if (locality.status === 'former' && !locality.until) {
      ctx.addIssue({ code: 'custom', path: ['until'], params: { rule: 'required-when-former' } });
    }
  });

export type Locality = z.output<typeof localitySchema>;
