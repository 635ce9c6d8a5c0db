/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // Build tests run `astro build` in child processes; give them time on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Two Astro builds or browsers at once on 2 cores are slower than one after the other.
    fileParallelism: false,
    // One temp folder a run, deleted at its end (tests/temp-folder.ts).
    globalSetup: ['tests/temp-folder.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Builds the sample site and the based fixture site once for every browser test file.
          globalSetup: ['tests/temp-folder.ts', 'tests/browser/global-setup.ts'],
          // Gates loop over every page type of a site in one test (axe alone is ~2 s a page);
          // on a 2-core machine shared with other builds that passes two minutes.
          testTimeout: 300_000,
        },
      },
    ],
  },
});
