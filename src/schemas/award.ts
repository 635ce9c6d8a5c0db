import { z } from 'astro/zod';
import { idSchema } from './id.ts';
import { kindSchema } from './kind.ts';

export const AWARD_GROUPS = [
  'danh-hieu-vinh-du',
  'huan-chuong',
  'danh-hieu-thi-dua',
  'bang-khen',
  'giay-khen',
  'danh-hieu-van-hoa',
] as const;

export type AwardGroup = (typeof AWARD_GROUPS)[number];

/** An emulation title or form of commendation (`data/awards.yaml`). */
export const awardSchema = z.strictObject({
  /** Permanent id, part of URLs. */
  id: idSchema,
  /** Official name, exactly as in the law. */
  name: z.string().trim().min(3).max(120),
  /** Shorter name for cards, when the official one is long. */
  shortName: z.string().trim().min(3).max(60).optional(),
  /** Which family of award this is. */
  group: z.enum(AWARD_GROUPS),
  /** Display rank: a smaller number is a higher award. */
  precedence: z.number().int().min(0).max(1000),
  /** Kinds of subject that can receive it. */
  kinds: z.array(kindSchema).min(1),
});

export type Award = z.output<typeof awardSchema>;
