import { toCsv, type CsvValue } from './csv.ts';
import { isoDay } from './dates.ts';
import type { Story } from './story.ts';

/** An award in the open data. */
export interface OpenDataAward {
  id: string;
  name: string;
  year: number;
  decision: string | null;
}

/** One published profile in the open data: ids and names side by side, dates as YYYY-MM-DD. */
export interface OpenDataRecord {
  /** The slug: the last part of the URL. */
  id: string;
  /** The permanent ID from data/permalinks.yaml (DH0012), which survives a renamed URL. */
  story_id: string | null;
  url: string;
  title: string;
  subject_name: string;
  subject_kind: string;
  subject_role: string | null;
  field_id: string;
  field_name: string;
  locality_id: string;
  locality_name: string;
  movement_id: string | null;
  movement_name: string | null;
  /** Highest first. */
  awards: OpenDataAward[];
  /** Newest first. */
  award_years: number[];
  summary: string;
  practices: string[];
  published: string;
  updated: string | null;
  cover_url: string | null;
  cover_credit: string | null;
  radio_url: string;
  sample: boolean;
}

/** Absolute URLs of one story's outputs. */
export interface OpenDataUrls {
  url: string;
  radio: string;
  cover?: string;
}

/** The open data record of a story. */
export function openDataRecord(story: Story, urls: OpenDataUrls): OpenDataRecord {
  return {
    id: story.slug,
    story_id: story.storyId ?? null,
    url: urls.url,
    title: story.title,
    subject_name: story.subject.name,
    subject_kind: story.subject.kind,
    subject_role: story.subject.role ?? null,
    field_id: story.field.id,
    field_name: story.field.name,
    locality_id: story.locality.id,
    locality_name: story.locality.name,
    movement_id: story.movement?.id ?? null,
    movement_name: story.movement?.name ?? null,
    awards: story.awards.map((a) => ({ id: a.award.id, name: a.award.name, year: a.year, decision: a.decision ?? null })),
    award_years: story.years,
    summary: story.summary,
    practices: story.practices,
    published: isoDay(story.published),
    updated: story.updated ? isoDay(story.updated) : null,
    cover_url: urls.cover ?? null,
    cover_credit: urls.cover ? (story.coverCredit ?? null) : null,
    radio_url: urls.radio,
    sample: story.sample,
  };
}

/** Separator of several values in one CSV cell. */
export const CSV_LIST_SEPARATOR = ' | ';

/** CSV columns, in order; lists are joined with {@link CSV_LIST_SEPARATOR}. */
export const CSV_COLUMNS = [
  'id',
  'story_id',
  'url',
  'title',
  'subject_name',
  'subject_kind',
  'subject_role',
  'field_id',
  'field_name',
  'locality_id',
  'locality_name',
  'movement_id',
  'movement_name',
  'awards',
  'award_ids',
  'award_years',
  'summary',
  'practices',
  'published',
  'updated',
  'cover_url',
  'cover_credit',
  'radio_url',
  'sample',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

const list = (items: readonly (string | number)[]) => items.join(CSV_LIST_SEPARATOR);

/** One record as CSV cells, in {@link CSV_COLUMNS} order. */
export function csvCells(record: OpenDataRecord): CsvValue[] {
  const cells: Record<CsvColumn, CsvValue> = {
    ...record,
    awards: list(record.awards.map((a) => `${a.name} (${[a.year, a.decision].filter(Boolean).join(', ')})`)),
    award_ids: list(record.awards.map((a) => a.id)),
    award_years: list(record.award_years),
    practices: list(record.practices),
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

/** The open data as CSV: UTF-8 with BOM, one line per profile. */
export function openDataCsv(records: readonly OpenDataRecord[]): string {
  return toCsv(CSV_COLUMNS, records.map(csvCells));
}

/**
 * The open data as JSON: one record a line, no indentation. A line per profile can still be
 * read, grepped and diffed; two-space indentation made the file a fifth larger for nothing.
 */
export function openDataJson<T extends { items: readonly OpenDataRecord[] }>(document: T): string {
  const { items, ...head } = document;
  const fields = JSON.stringify(head).slice(1, -1);
  return `{${fields}${fields ? ',' : ''}"items":[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]}\n`;
}
