import { ID_PATTERN } from '../../schemas/id.ts';

/**
 * The parts of raw frontmatter that cross-file rules read. Rules run even when
 * the schema found other mistakes, so every mistake is reported in one pass;
 * values of the wrong shape are left to the schema's own messages.
 */
export interface LooseStory {
  kind?: string;
  field?: string;
  locality?: string;
  movement?: string;
  awards: (string | undefined)[];
  cover?: string;
  coverAlt?: string;
  /** Whether the story says it is a draft. */
  draft: boolean;
  /** Year of `published`, when it is a readable date. */
  publishedYear?: number;
  /** `published` as `YYYY-MM-DD`, when it has that shape. */
  published?: string;
}

const yearOf = (value: unknown) => {
  const year = value instanceof Date ? value.getUTCFullYear() : Number(/^(\d{4})-/.exec(String(value))?.[1]);
  return Number.isInteger(year) ? year : undefined;
};

const day = (value: unknown) => {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
};

const id = (value: unknown) => (typeof value === 'string' && ID_PATTERN.test(value) ? value : undefined);

/** Picks the id-shaped values out of raw frontmatter. */
export function looseStory(data: unknown): LooseStory {
  const record = (value: unknown): Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const raw = record(data);
  const awards = Array.isArray(raw.awards) ? raw.awards.map((a) => id(record(a).award)) : [];
  return {
    kind: id(record(raw.subject).kind),
    field: id(raw.field),
    locality: id(raw.locality),
    movement: id(raw.movement),
    awards,
    cover: typeof raw.cover === 'string' ? raw.cover : undefined,
    coverAlt: typeof raw.coverAlt === 'string' ? raw.coverAlt : undefined,
    publishedYear: yearOf(raw.published),
    published: day(raw.published),
    draft: raw.draft === true,
  };
}
