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

/** Built pages that carry `data-pagefind-body`: the profiles. */
async function indexablePages(dist: string): Promise<{ sourcePath: string; content: string }[]> {
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
  const pages = await Promise.all(
    files.map(async (file) => ({ sourcePath: file.split(path.sep).join('/'), content: await readFile(path.join(dist, file), 'utf8') })),
  );
  return pages.filter((page) => page.content.includes('data-pagefind-body'));
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
        const pages = await indexablePages(dist);
        for (const page of pages) {
          const added = await index.addHTMLFile({ sourcePath: page.sourcePath, content: foldHtmlForIndex(page.content) });
          if (added.errors.length) throw new Error(`Pagefind: ${page.sourcePath}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: path.join(dist, PAGEFIND_DIR) });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        const output = path.join(dist, PAGEFIND_DIR);
        for (const file of await readdir(output)) if (UNUSED_UI.test(file)) await rm(path.join(output, file));
        logger.info(`Search index: ${pages.length} profiles`);
      },
    },
  };
}
