import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildContentRoot } from '../../scripts/lib/build.ts';
import { ensureChromium } from '../../scripts/lib/chromium.ts';
import { BASIC_ROOT } from '../helpers/content-root.ts';

/** A build the browser tests run against, and how it is served. */
export interface BuiltSite {
  /** What the gates call it in test names. */
  name: string;
  /** The built folder. */
  dir: string;
  /** The base path it was built with, as BASE_PATH. */
  base: string;
}

/**
 * As the deploy workflow (.github/workflows/trien-khai.yml) builds for a GitHub Pages project
 * site: SITE_URL is the Pages origin and BASE_PATH is `/<repository>/`.
 */
export const DEPLOYED = { SITE_URL: 'https://to-chuc.github.io', BASE_PATH: '/dien-hinh-tien-tien-nam-dinh/' } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample site (content/) built once for all browser tests. */
    siteDir: string;
    /**
     * The builds every quality gate runs on: the sample site at the root, and the fixture
     * content (moved, withdrawn and replaced URLs, a video, feeds) under a base path as deployed.
     */
    sites: BuiltSite[];
  }
}

export default async function setup(project: TestProject) {
  // Before a minute of building: without a browser there is nothing to test (`npm test` checks first too).
  ensureChromium();
  // One after the other: two builds at once on 2 cores are slower than in turn.
  const sample = await buildContentRoot(path.resolve('content'));
  if (sample.code !== 0) throw new Error(`The sample site did not build:\n${sample.output}`);
  // A stray BASE_URL in the environment (a .env file, a CI runner) must not undo the base:
  // Astro copies every variable into import.meta.env, BASE_URL included.
  const based = await buildContentRoot(BASIC_ROOT, { ...DEPLOYED, BASE_URL: '/' });
  if (based.code !== 0) throw new Error(`The fixture site did not build under ${DEPLOYED.BASE_PATH}:\n${based.output}`);
  project.provide('siteDir', sample.outDir);
  project.provide('sites', [
    { name: 'the sample site at the root', dir: sample.outDir, base: '/' },
    { name: `the fixture site under ${DEPLOYED.BASE_PATH}, as deployed to GitHub Pages`, dir: based.outDir, base: DEPLOYED.BASE_PATH },
  ]);
}
