import { ROUTES } from '../config.ts';
import { KINDS, type Award, type Field, type Kind, type Locality } from '../schemas/index.ts';
import { compareAwards } from './awards.ts';
import { compareVi } from './compare.ts';
import { groupBy } from './group.ts';
import { isPublished } from './published.ts';
import { storyIdsBySlug } from './story-ids.ts';
import type { Story, StoryEntry } from './story.ts';
import type { Vocabularies } from './vocabularies.ts';

/** A taxonomy term that has stories: a field, place, award, year or kind. */
export interface Term<T, E extends StoryEntry = StoryEntry> {
  id: string;
  item: T;
  stories: Story<E>[];
}

/** Everything pages need, computed once per build. */
export interface Site<E extends StoryEntry = StoryEntry> {
  /** Published stories, newest first. */
  stories: Story<E>[];
  bySlug: Map<string, Story<E>>;
  vocabularies: Vocabularies;
  /** Terms with stories (or kept pages), in Vietnamese alphabetical order of their names. */
  fields: Term<Field, E>[];
  localities: Term<Locality, E>[];
  /** Highest precedence first. */
  awards: Term<Award, E>[];
  /** Award years, newest first. */
  years: Term<number, E>[];
  kinds: Term<Kind, E>[];
}

/** Thrown when a story names an id its vocabulary lacks (the content check reports it first). */
export class UnknownReferenceError extends Error {}

function lookup<T>(map: Map<string, T>, id: string, what: string, slug: string): T {
  const item = map.get(id);
  if (!item) throw new UnknownReferenceError(`${slug}: ${what} "${id}" does not exist`);
  return item;
}

/** Newest first; same day: Vietnamese alphabetical by title. */
export function compareStories(a: Story, b: Story): number {
  return b.published.getTime() - a.published.getTime() || compareVi(a.title, b.title);
}

/**
 * Resolves one entry's ids into a {@link Story}; `storyId` comes from the permanent-link
 * manifest, `committed` is the day the story file was last committed, if known.
 */
export function toStory<E extends StoryEntry>(
  entry: E,
  vocabularies: Vocabularies,
  storyId?: string,
  committed?: Date,
): Story<E> {
  const { data, id: slug } = entry;
  const awards = data.awards
    .map((a) => ({ award: lookup(vocabularies.awards, a.award, 'award', slug), year: a.year, decision: a.decision }))
    .sort(compareAwards);
  return {
    slug,
    storyId,
    title: data.title,
    subject: data.subject,
    field: lookup(vocabularies.fields, data.field, 'field', slug),
    locality: lookup(vocabularies.localities, data.locality, 'locality', slug),
    movement: data.movement === undefined ? undefined : lookup(vocabularies.movements, data.movement, 'movement', slug),
    awards,
    years: [...new Set(awards.map((a) => a.year))].sort((a, b) => b - a),
    summary: data.summary,
    cover: data.cover,
    coverAlt: data.coverAlt,
    coverCredit: data.coverCredit,
    practices: data.practices ?? [],
    visit: data.visit,
    followUps: [...(data.followUps ?? [])].sort((a, b) => a.date.getTime() - b.date.getTime()),
    published: data.published,
    updated: data.updated,
    lastUpdated: data.updated ?? (committed && committed > data.published ? committed : undefined),
    featured: data.featured,
    sample: data.sample,
    entry,
  };
}

/**
 * Terms in vocabulary order that have stories, plus those whose page has been
 * published before (data/term-permalinks.yaml): a published page stays, empty if need be.
 */
function terms<T, E extends StoryEntry>(
  order: readonly (readonly [string, T])[],
  groups: Map<string, Story<E>[]>,
  kept: ReadonlySet<string>,
): Term<T, E>[] {
  return order.flatMap(([id, item]) => {
    const stories = groups.get(id) ?? (kept.has(id) ? [] : undefined);
    return stories ? [{ id, item, stories }] : [];
  });
}

/** Vocabulary entries in Vietnamese alphabetical order of the name readers see. */
function byName<T>(map: Map<string, T>, name: (item: T) => string): [string, T][] {
  return [...map].sort(([, a], [, b]) => compareVi(name(a), name(b)));
}

/** The ids of one taxonomy's kept pages: `/linh-vuc/nong-nghiep/` → `nong-nghiep`. */
function keptIds(vocabularies: Vocabularies, taxonomy: string): Set<string> {
  const prefix = `/${taxonomy}/`;
  return new Set(
    [...vocabularies.termPermalinks].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length, -1)),
  );
}

/** Builds the whole site model from collection entries: drafts dropped, ids resolved, terms grouped. */
export function buildSite<E extends StoryEntry>(
  entries: readonly E[],
  vocabularies: Vocabularies,
  /** The day a story file was last committed (git history), if known. */
  committedDay: (entry: E) => Date | undefined = () => undefined,
): Site<E> {
  const published = entries.filter(isPublished);
  const idBySlug = storyIdsBySlug(
    [...vocabularies.permalinks.values()],
    published.map((e) => ({ slug: e.id, published: e.data.published.toISOString().slice(0, 10) })),
  );
  const stories = published
    .map((entry) => toStory(entry, vocabularies, idBySlug.get(entry.id), committedDay(entry)))
    .sort(compareStories);
  const byField = groupBy(stories, (s) => [s.field.id]);
  const byLocality = groupBy(stories, (s) => [s.locality.id]);
  const byAward = groupBy(stories, (s) => s.awards.map((a) => a.award.id));
  const byYear = groupBy(stories, (s) => s.years.map(String));
  const byKind = groupBy(stories, (s) => [s.subject.kind]);
  const awardOrder = [...vocabularies.awards.values()].sort(
    (a, b) => a.precedence - b.precedence || compareVi(a.name, b.name),
  );
  const keptYears = keptIds(vocabularies, ROUTES.years);
  const yearOrder = [...new Set([...byYear.keys(), ...keptYears])].map(Number).sort((a, b) => b - a);
  return {
    stories,
    bySlug: new Map(stories.map((s) => [s.slug, s])),
    vocabularies,
    fields: terms(byName(vocabularies.fields, (f) => f.name), byField, keptIds(vocabularies, ROUTES.fields)),
    localities: terms(
      byName(vocabularies.localities, (l) => l.shortName ?? l.name),
      byLocality,
      keptIds(vocabularies, ROUTES.localities),
    ),
    awards: terms(awardOrder.map((a) => [a.id, a] as const), byAward, keptIds(vocabularies, ROUTES.awards)),
    years: terms(yearOrder.map((y) => [String(y), y] as const), byYear, keptYears),
    kinds: terms(KINDS.map((k) => [k, k] as const), byKind, keptIds(vocabularies, ROUTES.kinds)),
  };
}
