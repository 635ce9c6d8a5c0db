import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { ROUTES } from '../config.ts';
import { keepFirstMentions } from './first-mentions.ts';
import { foldHtmlForIndex, indexedPart } from './index-html.ts';
import { newestFirst, publishedDay } from './index-order.ts';
import { PAGEFIND_ENV, PAGEFIND_INDEX_OPTIONS } from './pagefind-options.ts';
import { recompressMeta } from './recompress-meta.ts';

/** Folder of the index inside the built site; the search page loads it from here. */
export const PAGEFIND_DIR = 'pagefind';

/** Pagefind's own UI bundles: the search page has its own interface, so they would only be dead weight. */
const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** Pages handed to Pagefind at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 32;

/** A missing file reads as an empty page; any other failure stops the index. */
function noPage(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return '';
  throw error;
}

/** The profile pages of a built site, `dien-hinh/<slug>/index.html`, sorted; some folders may hold none. */
export async function profileFiles(dist: string): Promise<string[]> {
  const folders = await readdir(path.join(dist, ROUTES.stories), { withFileTypes: true }).catch(() => []);
  return folders
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${ROUTES.stories}/${entry.name}/index.html`)
    .sort();
}

const readPage = (dist: string, file: string) => readFile(path.join(dist, file), 'utf8').catch(noPage);

/** The profiles newest first (see index-order.ts), read a batch at a time for their dates. */
async function newestProfiles(dist: string): Promise<string[]> {
  const files = await profileFiles(dist);
  const dated = [];
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const pages = await Promise.all(batch.map((file) => readPage(dist, file)));
    dated.push(...batch.map((file, j) => ({ file, published: publishedDay(pages[j]!) })));
  }
  return dated.sort(newestFirst).map((page) => page.file);
}

/**
 * Adds every built profile (`dien-hinh/<slug>/index.html` carrying `data-pagefind-body`;
 * no other page has it, so no other is read) to the index, newest first, reading a batch
 * at a time rather than holding the whole site in memory.
 */
async function addProfiles(index: pagefind.PagefindIndex, dist: string): Promise<number> {
  const files = await newestProfiles(dist);
  let added = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    // A folder may hold no page of its own (a moved story's old path one level deeper).
    const pages = await Promise.all(batch.map((file) => readPage(dist, file)));
    // A batch in flight at once keeps Pagefind busy (~20 % faster); pages keep the order they were sent in.
    const results = await Promise.all(
      pages.map(async (html, j) => {
        if (!html.includes('data-pagefind-body')) return 0;
        const sourcePath = batch[j]!;
        const result = await index.addHTMLFile({ sourcePath, content: keepFirstMentions(foldHtmlForIndex(indexedPart(html))) });
        if (result.errors.length) throw new Error(`Pagefind: ${sourcePath}: ${result.errors.join('; ')}`);
        return 1;
      }),
    );
    added += results.reduce((a: number, b) => a + b, 0);
  }
  return added;
}

/**
 * Writes the Pagefind index of a built site into `<dist>/pagefind/`: the profiles'
 * text, folded (đ → d) on the way in as the search page folds queries, each word of
 * the running text at its first mention only (first-mentions.ts); its metadata gzipped
 * again at the highest level (recompress-meta.ts). Returns the number of profiles indexed.
 */
export async function buildSearchIndex(dist: string): Promise<number> {
  // The Node API starts the Pagefind binary with this process's environment.
  Object.assign(process.env, PAGEFIND_ENV);
  const { index, errors } = await pagefind.createIndex(PAGEFIND_INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const profiles = await addProfiles(index, dist);
    const output = path.join(dist, PAGEFIND_DIR);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    for (const file of await readdir(output)) if (UNUSED_UI.test(file)) await rm(path.join(output, file));
    await recompressMeta(output);
    return profiles;
  } finally {
    await pagefind.close();
  }
}
