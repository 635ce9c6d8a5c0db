import { z } from 'astro/zod';
import { dateOnlySchema } from './date-only.ts';

/** A story named by its slug, or by its file: `stories/<slug>.mdx`, `stories/<slug>/index.mdx`. */
const STORY_REF = /^(?:(?:[^\s]*\/)?stories\/)?([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.mdx|\/index\.mdx)?$/;

/** The slug a story reference names, or undefined when it names none. */
export function slugOfStoryRef(ref: string): string | undefined {
  return STORY_REF.exec(ref.trim().replace(/\\/g, '/'))?.[1];
}

/**
 * One privacy exception approved by the editorial board (`data/rieng-tu-da-duyet.yaml`):
 * text the privacy lint flags in one story that may be published all the same, such as
 * the hotline of a commune's People's Committee. Only code owners may change that file.
 */
export const privacyApprovalSchema = z.strictObject({
  /** The story: its slug (nguyen-van-a) or its file (stories/nguyen-van-a/index.mdx); becomes the slug. */
  file: z.string().transform((ref, ctx) => {
    const slug = slugOfStoryRef(ref);
    if (slug) return slug;
    ctx.addIssue({ code: 'custom', params: { rule: 'privacy-approval-file' }, input: ref });
    return z.NEVER;
  }),
  /** The flagged text exactly as the checker quotes it, e.g. 0228 3123 456. */
  text: z.string().trim().min(3).max(200),
  /** Why it may be published, e.g. "đường dây nóng của UBND xã". */
  reason: z.string().trim().min(10).max(300),
  /** The board member who approved it. */
  approvedBy: z.string().trim().min(2).max(100),
  /** Day of the approval, YYYY-MM-DD. */
  date: dateOnlySchema,
});

export type PrivacyApproval = z.output<typeof privacyApprovalSchema>;
