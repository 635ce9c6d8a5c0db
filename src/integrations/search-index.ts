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
 * Builds the Pagefind index as the last step of a plain `astro build`, so every way
 * of building ships search; under `npm run build` it leaves the work to scripts/build.ts.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'dien-hinh:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX_AFTER_BUILD === '1') {
          logger.info('Search index: built after this process exits (npm run build)');
          return;
        }
        const profiles = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${profiles} profiles`);
      },
    },
  };
}
