import { getCollection, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { contentRoot, STORIES_DIR } from '../content-paths.ts';
import { lastCommitDays } from './git-dates.ts';
import { buildSite, type Site } from './site.ts';
import { indexVocabularies } from './vocabularies.ts';

export type SiteEntry = CollectionEntry<'stories'>;

let cached: Promise<Site<SiteEntry>> | undefined;

async function load(): Promise<Site<SiteEntry>> {
  const [entries, fields, localities, awards, movements, permalinks, termPermalinks] = await Promise.all([
    getCollection('stories'),
    getCollection('fields'),
    getCollection('localities'),
    getCollection('awards'),
    getCollection('movements'),
    getCollection('permalinks'),
    getCollection('termPermalinks'),
  ]);
  const data = <T>(items: { data: T }[]) => items.map((item) => item.data);
  const vocabularies = indexVocabularies({
    fields: data(fields),
    localities: data(localities),
    awards: data(awards),
    movements: data(movements),
    permalinks: data(permalinks),
    termPermalinks: data(termPermalinks),
  });
  const committed = lastCommitDays(path.join(contentRoot(), STORIES_DIR));
  return buildSite(entries, vocabularies, (entry) => (entry.filePath ? committed.get(path.resolve(entry.filePath)) : undefined));
}

/**
 * The site model, loaded once per build and shared by every page,
 * so collections are read once rather than once per page.
 */
export function getSite(): Promise<Site<SiteEntry>> {
  cached ??= load();
  return cached;
}
