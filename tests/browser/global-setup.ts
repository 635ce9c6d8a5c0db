import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildContentRoot } from '../../scripts/lib/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample site (content/) built once for all browser tests. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const build = await buildContentRoot(path.resolve('content'));
  if (build.code !== 0) throw new Error(`The sample site did not build:\n${build.output}`);
  project.provide('siteDir', build.outDir);
}
