/**
 * The projects the bench builds besides the site's own snapshot: the bare Astro
 * MDX blog (the floor) and a private copy of the site.
 */
import { cp, mkdir, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The astro.config.mjs of a peer the bench builds (the bare blog, Starlight): a cache
 * folder per run, like our build, and the site's log filter: without it every MDX file
 * prints a multi-line warning (withastro/astro#18087) and the peer would pay for the log.
 */
export function benchAstroConfig(importLine: string, integration: string): string {
  return `${importLine}
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [${integration}],
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
`;
}

export async function writeBaseline(dir: string, storiesDir: string): Promise<void> {
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(path.join(dir, 'astro.config.mjs'), benchAstroConfig("import mdx from '@astrojs/mdx';", 'mdx()'));
  await writeFile(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const stories = defineCollection({
  loader: glob({
    pattern: ['*.mdx', '*/index.mdx'],
    base: ${JSON.stringify(storiesDir)},
    generateId: ({ entry }) => entry.replace(/\\/index\\.mdx$/, '').replace(/\\.mdx$/, ''),
  }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { stories };
`,
  );
  await writeFile(
    path.join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const stories = await getCollection('stories');
  return stories.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <h1>{entry.data.title}</h1>
    <Content />
  </body>
</html>
`,
  );
  await linkNodeModules(dir);
}

/**
 * node_modules as a real folder of symlinks to the project's packages: the same
 * astro, mdx, sharp and pagefind, but .vite/.astro caches stay in the temp project.
 */
async function linkNodeModules(dir: string): Promise<void> {
  const modules = path.join(dir, 'node_modules');
  await mkdir(modules, { recursive: true });
  for (const name of await readdir(path.join(PROJECT, 'node_modules'))) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    await symlink(path.join(PROJECT, 'node_modules', name), path.join(modules, name));
  }
}

/** What `npm run build` reads from the project; copied as it is when the bench starts. */
const SITE_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts/build.ts'];

/**
 * A private copy of the site to build. Astro writes per-build files into
 * <cwd>/.astro/ (content-modules.mjs, and .prerender/ chunks whenever --outDir
 * is outside the cwd), so two builds running in /work/main at once (the bench
 * and a test run) delete each other's chunks. The copy has its own .astro/,
 * and the code measured cannot change while the bench runs.
 */
export async function snapshotSite(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of SITE_FILES) {
    const from = path.join(PROJECT, name);
    if (!(await stat(from).then(() => true, () => false))) continue;
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await cp(from, path.join(dir, name), { recursive: true });
  }
  await linkNodeModules(dir);
}
