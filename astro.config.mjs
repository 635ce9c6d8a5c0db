// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, sharpImageService } from 'astro/config';
import { SITE } from './src/config.ts';
import { contentRoot } from './src/content-paths.ts';
import { gonePaths } from './src/lib/gone-paths.ts';
import { sitemapFilter } from './src/lib/sitemap-filter.ts';

import { basedHeaders } from './src/integrations/based-headers.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { imagePrivacy } from './src/integrations/image-privacy.ts';
import { pressFiles } from './src/integrations/press-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';

/** Deployment base: `/` for a site at the root of its domain, `/<repository>/` on GitHub Pages. */
const base = process.env.BASE_PATH || '/';
/** Moved and withdrawn story URLs still answer, but are not pages to index; nor are embed cards or the form editor. */
const gone = gonePaths(contentRoot());

export default defineConfig({
  site: process.env.SITE_URL || SITE.defaultUrl,
  base,
  trailingSlash: 'always',
  // Each content root gets its own content cache, so builds of different roots never mix.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  integrations: [contentCheck(), mdx(), sitemap({ filter: sitemapFilter(gone, base) }), searchIndex(), pressFiles(), basedHeaders(), imagePrivacy()],
  // Four pages in flight: one page's file writes wait on the thread pool while the next renders
  // (1,000 stories, cold: pages 19.8 → 12.7-15.9 s; 8 and 16 measured no better).
  build: { format: 'directory', concurrency: 4 },
  // Profiles and embed cards return a cacheKey (src/lib/page-key.ts): an unchanged one is
  // copied from the cache (ASTRO_CACHE_DIR, kept by the deploy workflow) instead of rendered.
  experimental: { incrementalBuild: true },
  // AVIF at sharp's effort 2 instead of 4: about five times faster to encode, files
  // about 10–20 % larger (measured on the sample covers; see docs/performance-log.md).
  image: { service: sharpImageService({ avif: { effort: 2 } }) },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts into pages: the search script stays an external file,
      // so a Content-Security-Policy needs no 'unsafe-inline' for scripts.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro 7.3 makes every MDX entry warn about its own "use astro:head-inject"
        // directive (withastro/astro#18087); harmless, and a flood at thousands of stories.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
