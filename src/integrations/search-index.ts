import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../search/build-index.ts';

/**
 * Set by `npm run build` (scripts/build.ts), which indexes the site itself once
 * `astro build` has exited: Pagefind then never holds its memory while Astro holds
 * its own, so the build's peak is the larger of the two rather than their sum.
 */
export const INDEX_AFTER_BUILD_ENV = 'SEARCH_INDEX_AFTER_BUILD';

/**
 * Told to scripts/build.ts (over the IPC channel it opens) once every page is written,
 * with this process's memory, so it can decide to index while Astro finishes.
 */
export interface PagesWritten {
  type: 'pages-written';
  /** Astro's resident memory, bytes. */
  rss: number;
}

/**
 * Builds the Pagefind index as the last step of a plain `astro build`, so every way
 * of building ships search; under `npm run build` it leaves the work to scripts/build.ts.
 */
export function searchIndex(): AstroIntegration {
  // The channel to scripts/build.ts must not keep Astro alive once the build is done.
  if (process.env[INDEX_AFTER_BUILD_ENV] === '1') process.channel?.unref();
  return {
    name: 'dien-hinh:search-index',
    hooks: {
      // Pages and images are written; what is left (press files, sitemap, checks) does not touch a profile.
      'astro:build:generated': () => {
        if (process.env[INDEX_AFTER_BUILD_ENV] === '1') process.send?.({ type: 'pages-written', rss: process.memoryUsage().rss } satisfies PagesWritten);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX_AFTER_BUILD === '1') {
          logger.info('Search index: left to npm run build (scripts/build.ts), once the pages are written or after this process exits');
          return;
        }
        const profiles = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${profiles} profiles`);
      },
    },
  };
}
