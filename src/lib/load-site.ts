import { getCollection, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { contentRoot, STORIES_DIR } from '../content-paths.ts';
import { lastCommitDays } from './git-dates.ts';
import { pageKey } from './page-key.ts';
import { REPO_URL } from './repo-url.ts';
import { buildSite, type Site } from './site.ts';
import { indexVocabularies } from './vocabularies.ts';

export type SiteEntry = CollectionEntry<'stories'>;

/**
 * The site model, whether it holds sample stories (the footer of every page, the open
 * data say so), and a digest of what every page shows besides its own props.
 */
export type LoadedSite = Site<SiteEntry> & { hasSamples: boolean; fingerprint: string };

let cached: Promise<LoadedSite> | undefined;

async function load(): Promise<LoadedSite> {
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
  const site = buildSite(entries, vocabularies, (entry) => (entry.filePath ? committed.get(path.resolve(entry.filePath)) : undefined));
  // What pages show besides their props: vocabularies, IDs, the repository for corrections,
  // and whether the site holds sample stories (the layout's footer says so on every page).
  const hasSamples = site.stories.some((story) => story.sample);
  const fingerprint = pageKey(data(fields), data(localities), data(awards), data(movements), data(permalinks), data(termPermalinks), REPO_URL, hasSamples);
  return { ...site, hasSamples, fingerprint };
}

/**
 * The site model, loaded once per build and shared by every page,
 * so collections are read once rather than once per page.
 */
export function getSite(): Promise<LoadedSite> {
  cached ??= load();
  return cached;
}
