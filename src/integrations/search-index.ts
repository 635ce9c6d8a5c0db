import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { foldHtmlForIndex } from '../search/index-html.ts';

/** Folder of the index inside the built site; the search page loads it from here. */
export const PAGEFIND_DIR = 'pagefind';

/** Pagefind's own UI bundles: the search page has its own interface, so they would only be dead weight. */
const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** Pages handed to Pagefind at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 32;

/**
 * Adds every built page that carries `data-pagefind-body` (the profiles) to the index,
 * reading a batch at a time rather than holding the whole site in memory, and adding
 * in sorted order so two builds write the same index.
 */
async function addProfiles(index: pagefind.PagefindIndex, dist: string): Promise<number> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  let added = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const pages = await Promise.all(batch.map((file) => readFile(path.join(dist, file), 'utf8')));
    // A batch in flight at once keeps Pagefind busy (~20 % faster); the index is the same.
    const results = await Promise.all(
      pages.map(async (html, j) => {
        if (!html.includes('data-pagefind-body')) return 0;
        const sourcePath = batch[j]!.split(path.sep).join('/');
        const result = await index.addHTMLFile({ sourcePath, content: foldHtmlForIndex(html) });
        if (result.errors.length) throw new Error(`Pagefind: ${sourcePath}: ${result.errors.join('; ')}`);
        return 1;
      }),
    );
    added += results.reduce((a: number, b) => a + b, 0);
  }
  return added;
}

/**
 * Builds the Pagefind index as the last step of every build, so `npm run build`
 * and `npm start` always ship search. Text is folded (đ → d) on the way in;
 * the search page folds queries the same way.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'dien-hinh:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const profiles = await addProfiles(index, dist);
        const written = await index.writeFiles({ outputPath: path.join(dist, PAGEFIND_DIR) });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        const output = path.join(dist, PAGEFIND_DIR);
        for (const file of await readdir(output)) if (UNUSED_UI.test(file)) await rm(path.join(output, file));
        logger.info(`Search index: ${profiles} profiles`);
      },
    },
  };
}
