import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { relativeTo } from '../content-rules/display-path.ts';
import { formatReport } from '../content-rules/report.ts';
import { listStoryFiles, type StoryFile } from '../content-rules/story-files.ts';
import { storyDigest } from '../content-rules/read-story.ts';
import { readSafeStory } from '../content-rules/story-safety.ts';
import { BODY_SYLLABLES_VERSION, bodySyllables } from '../lib/radio-text.ts';
import type { StoredFacts } from '../lib/stored-facts.ts';
import { STORY_HTML_VERSION, storyHtml } from './story-html.ts';

/**
 * The code that makes what is kept for a story: HTML and facts made by older code are
 * never reused from the content cache (which the deploy workflow restores).
 */
const KEPT_VERSION = createHash('sha256').update(STORY_HTML_VERSION).update(BODY_SYLLABLES_VERSION).digest('hex').slice(0, 16);

/** Paths as people read them in messages: relative to the project. */
const display = relativeTo(process.cwd());

/**
 * Loads stories the way `npm run check` reads them: the same list of files (no hidden
 * file, no link), the same split of frontmatter and body, the same YAML parser and
 * the same safety rules. A file whose text has not passed those rules in this process
 * is checked here before it is stored; a file that fails is never stored. Each body is
 * rendered to HTML here (./story-html.ts), never compiled to JavaScript, and the HTML
 * is kept in the content cache, so a rebuild renders only the stories that changed.
 *
 * The MDX source is not kept: Astro writes the whole store into the build's bundle, where
 * the sources were over a third of it (6.1 MB at 1,000 stories). What pages need of it is
 * counted here instead (src/lib/stored-facts.ts); the radio bulletin reads the file again.
 */
export function storyLoader(storiesDir: string): Loader {
  return {
    name: 'dien-hinh-stories',
    load: async (context) => {
      const { store, logger, watcher } = context;
      const untouched = new Set(store.keys());
      const listing = await listStoryFiles(storiesDir, display);
      if (listing.problems.length) refuse(context, formatReport(listing.problems));
      const byPath = new Map<string, string>();
      for (const story of listing.files) {
        const id = await syncStory(context, story);
        if (id) {
          untouched.delete(id);
          byPath.set(story.path, id);
        }
      }
      untouched.forEach((id) => store.delete(id));
      if (!watcher) return;
      // `astro dev`: reload a story when it changes, with the same rules.
      watcher.add(storiesDir);
      const onChange = async (changed: string) => {
        const again = await listStoryFiles(storiesDir, display);
        const story = again.files.find((f) => f.path === changed);
        if (!story) return;
        const id = await syncStory(context, story);
        if (id) logger.info(`Đã tải lại ${display(changed)}`);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (deleted) => {
        const id = byPath.get(deleted);
        if (id) store.delete(id);
      });
    },
  };
}

/** Stops a build; in `astro dev` only logs, so the writer keeps previewing while fixing. */
function refuse({ logger, watcher }: LoaderContext, report: string): void {
  if (watcher) logger.error(`\n${report}`);
  else throw new Error(report);
}

/** Stores one story when it can be read, is safe and is not a draft; returns its id. */
async function syncStory(context: LoaderContext, story: StoryFile): Promise<string | undefined> {
  const { config, store, parseData, generateDigest } = context;
  const read = await readSafeStory(story.path, !story.entry.includes('/'), display(story.path));
  if (!read.story) {
    refuse(context, formatReport(read.problems));
    return undefined;
  }
  const { text, source, data: frontmatter } = read.story;
  const id = story.slug;
  // Drafts never enter the collection: Astro bundles the pictures of every entry,
  // so a draft's photos would reach dist/ although no page shows them.
  if ((frontmatter as { draft?: unknown } | undefined)?.draft === true) {
    store.delete(id);
    return undefined;
  }
  const digest = generateDigest(`${text}\u0000${KEPT_VERSION}`);
  const existing = store.get(id);
  const filePath = path.relative(fileURLToPath(config.root), story.path).split(path.sep).join('/');
  // Unchanged since the last build (the data store is kept in the cache): its HTML is too.
  if (existing && existing.digest === digest && existing.filePath === filePath && existing.rendered) return id;
  const data = await parseData({ id, data: frontmatter as Record<string, unknown>, filePath: story.path });
  const { html, metadata } = storyHtml(source.parsed);
  const facts: StoredFacts = { bodySyllables: bodySyllables(source.body), textDigest: storyDigest(text) };
  store.set({ id, data, filePath, digest, rendered: { html, metadata: { ...metadata, ...facts } }, assetImports: metadata.imagePaths });
  return id;
}
