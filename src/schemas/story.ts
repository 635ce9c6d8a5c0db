import { z } from 'astro/zod';
import { dateOnlySchema, vietnamToday } from './date-only.ts';
import { idSchema } from './id.ts';
import { storyAwardSchema } from './story-award.ts';
import { subjectSchema } from './subject.ts';


export const TITLE_LENGTH = { min: 10, max: 120 } as const;
export const SUMMARY_LENGTH = { min: 50, max: 300 } as const;
export const PRACTICES_COUNT = { min: 1, max: 8 } as const;

/** Fields before `cover`; built once, as Astro calls the schema function once per story. */
const beforeCover = {
  /** Headline of the profile, 10–120 characters. */
  title: z.string().trim().min(TITLE_LENGTH.min).max(TITLE_LENGTH.max),
  /** The person, household or collective honoured. */
  subject: subjectSchema,
  /** Id from `data/fields.yaml`. */
  field: idSchema,
  /** Id from `data/localities.yaml`: the place as named when honoured. */
  locality: idSchema,
  /** Awards received, at least one. */
  awards: z.array(storyAwardSchema).min(1),
  /** Id from `data/movements.yaml`. */
  movement: idSchema.optional(),
  /** 50–300 characters for cards, meta description and share text. */
  summary: z.string().trim().min(SUMMARY_LENGTH.min).max(SUMMARY_LENGTH.max),
};

/** What the cross-field rules read. */
type CrossFieldInput = z.output<z.ZodObject<typeof beforeCover & typeof afterCover>> & { cover?: unknown };

/** Fields after `cover`. */
const afterCover = {
  /** Text alternative of the cover, required with `cover`. */
  coverAlt: z.string().trim().min(5).max(250).optional(),
  /** Photo credit, required with `cover`, e.g. "Ảnh: Đài PT-TH tỉnh". */
  coverCredit: z.string().trim().min(3).max(120).optional(),
  /** The "cách làm hay" others can copy, 1–8 short items. */
  practices: z
    .array(z.string().trim().min(10).max(400))
    .min(PRACTICES_COUNT.min)
    .max(PRACTICES_COUNT.max)
    .optional(),
  /** How to visit or learn from the model, always through its organisation (never personal contacts). */
  visit: z
    .strictObject({
      /** The organisation that receives visitors, e.g. "Ủy ban nhân dân xã Giao Hòa". */
      host: z.string().trim().min(5).max(160),
      /** When and how study visits are arranged. */
      arrangements: z.string().trim().min(20).max(500).optional(),
    })
    .optional(),
  /** What happened since the award, shown as a short timeline, oldest first. */
  followUps: z
    .array(
      z.strictObject({
        /** Day of the event. */
        date: dateOnlySchema,
        /** One or two sentences on what happened. */
        text: z.string().trim().min(20).max(400),
      }),
    )
    .min(1)
    .max(12)
    .optional(),
  /** Day of first publication. */
  published: dateOnlySchema,
  /** Day of the last meaningful correction, not before `published`. */
  updated: dateOnlySchema.optional(),
  /** Shown first on the home page. */
  featured: z.boolean().default(false),
  /** Drafts are never built. */
  draft: z.boolean().default(false),
  /** Illustrative content, shown with a visible banner. */
  sample: z.boolean().default(false),
};

/** Rules across fields: cover text, dates, award years. */
function crossFieldRules(story: CrossFieldInput, ctx: z.RefinementCtx): void {
  if (story.cover !== undefined) {
    for (const key of ['coverAlt', 'coverCredit'] as const) {
      if (story[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], params: { rule: 'required-with-cover' } });
      }
    }
  }
  // Scheduled publishing is not offered: a story is merged when it may be read.
  if (story.published.toISOString().slice(0, 10) > vietnamToday()) {
    ctx.addIssue({ code: 'custom', path: ['published'], params: { rule: 'published-in-future' } });
  }
  if (story.updated && story.updated < story.published) {
    ctx.addIssue({ code: 'custom', path: ['updated'], params: { rule: 'updated-before-published' } });
  }
  const publishedYear = story.published.getUTCFullYear();
  story.awards.forEach((award, index) => {
    if (award.year > publishedYear) {
      ctx.addIssue({
        code: 'custom',
        path: ['awards', index, 'year'],
        params: { rule: 'award-after-published', publishedYear },
      });
    }
  });
}

/**
 * The frontmatter of one story: the contract press officers write.
 * `image` is what `cover` becomes: Astro passes its `image()` helper so covers
 * are processed by astro:assets; `npm run check` passes a plain path schema.
 * Only the cover's schema is made per call: building every field anew for each
 * of 10,000 stories cost ~3 s of the content sync.
 */
export function storySchema<C extends z.ZodType>({ image }: { image: () => C }) {
  return z
    .strictObject({
      ...beforeCover,
      /** Photo stored next to the story, e.g. `./anh-bia.jpg`. */
      cover: image().optional(),
      ...afterCover,
    })
    .superRefine(crossFieldRules);
}

/** Valid frontmatter; `cover` is a path outside Astro and an image inside it. */
export type StoryFrontmatter = z.output<ReturnType<typeof storySchema<z.ZodString>>>;
