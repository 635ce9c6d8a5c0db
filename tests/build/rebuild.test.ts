import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { addStoryToday, generateContentRoot } from '../../scripts/bench/generate.ts';
import { compareDirs } from '../../scripts/lib/compare-dirs.ts';
import { buildContentRoot, readPage } from '../../scripts/lib/build.ts';

/** A profile page Astro copied from its incremental cache instead of rendering: its log line says so. */
const reused = (output: string, page: string) =>
  new RegExp(`${page.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:\\u001b\\[\\d+m|\\s)*\\((?:restored|cached)\\)`).test(output);

/**
 * The deploy workflow keeps the build cache (node_modules/.astro) between runs, so a
 * new story rebuilds only what it changes. Whatever the cache holds, the site must be
 * exactly what a build from nothing makes of the same content.
 */
describe('a rebuild with the previous build’s cache, after one story is added and another retitled', () => {
  let rebuilt: Awaited<ReturnType<typeof buildContentRoot>>;
  let cold: Awaited<ReturnType<typeof buildContentRoot>>;
  let slugs: string[];
  let retitled: string;
  let retitledField: string;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'dien-hinh-rebuild-'));
    const root = path.join(work, 'content');
    slugs = (await generateContentRoot(root, 24, { seed: 7, coverShare: 0.1 })).slugs;
    const cache = { ASTRO_CACHE_DIR: path.join(work, 'cache') };
    // As in the deploy workflow: the same dist/ folder, emptied, and the cache kept.
    const dist = { outDir: path.join(work, 'dist') };
    const first = await buildContentRoot(root, cache, dist);
    expect(first.code, first.output.slice(-2000)).toBe(0);
    await addStoryToday(root);
    // A new title must reach every page that lists the story: its related stories' profiles too.
    retitled = slugs.find((s) => !s.includes('/'))!;
    const file = path.join(root, 'stories', `${retitled}.mdx`);
    const text = await readFile(file, 'utf8');
    retitledField = /^field: ["']?([a-z0-9-]+)/m.exec(text)![1]!;
    await writeFile(file, text.replace(/^title: .*$/m, 'title: "Tên mới sau khi đính chính"'));
    rebuilt = await buildContentRoot(root, cache, dist);
    cold = await buildContentRoot(root);
    expect([rebuilt.code, cold.code], rebuilt.output.slice(-2000)).toEqual([0, 0]);
  });

  test('is byte for byte the site a build without cache makes, search index included', async () => {
    const diff = await compareDirs(rebuilt.outDir, cold.outDir);
    expect({ ...diff, files: undefined }).toEqual({ onlyInA: [], onlyInB: [], changed: [], files: undefined });
    expect(diff.files).toBeGreaterThan(200);
    expect(await readPage(rebuilt.outDir, '/dien-hinh/bai-them-sau-cung/')).toContain('Bài thêm sau cùng');
  });

  test('reused the unchanged profiles and rendered the new and the edited ones (positive control)', () => {
    const unchanged = slugs.filter((s) => s !== retitled);
    const reusedCount = unchanged.filter((s) => reused(rebuilt.output, `dien-hinh/${s}/index.html`)).length;
    // Profiles whose related list shows the retitled story are rendered again; the rest are copied.
    expect(reusedCount).toBeGreaterThan(unchanged.length / 3);
    expect(reused(rebuilt.output, 'dien-hinh/bai-them-sau-cung/index.html')).toBe(false);
    expect(reused(rebuilt.output, `dien-hinh/${retitled}/index.html`)).toBe(false);
    // A build from nothing reuses nothing.
    expect(slugs.some((s) => reused(cold.output, `dien-hinh/${s}/index.html`))).toBe(false);
  });

  test.each(['linh-vuc', 'cach-lam-hay'])(
    'reused the %s lists of the fields the change left alone and rendered the edited story’s field (positive control)',
    (list) => {
      const fields = [...new Set([...rebuilt.output.matchAll(new RegExp(`${list}/([a-z0-9-]+)/index\\.html`, 'g'))].map((m) => m[1]!))];
      expect(fields).toContain(retitledField);
      expect(reused(rebuilt.output, `${list}/${retitledField}/index.html`)).toBe(false);
      expect(fields.filter((f) => f !== retitledField && reused(rebuilt.output, `${list}/${f}/index.html`)).length).toBeGreaterThan(0);
      expect(fields.some((f) => reused(cold.output, `${list}/${f}/index.html`))).toBe(false);
    },
  );
});

/**
 * One checkout builds several content roots (tests, the bench, CONTENT_DIR by hand) with
 * the same cache folder and output folder. What one root leaves behind must never reach
 * the build of another: each build equals a build of its root from nothing.
 */
describe('switching content roots in one checkout, with one cache and one output folder', () => {
  test('each build is byte for byte a build of its own root from nothing', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'dien-hinh-roots-'));
    const rootA = path.join(work, 'a');
    const rootB = path.join(work, 'b');
    // Different stories, and one slug in both roots with different text.
    await generateContentRoot(rootA, 10, { seed: 3, coverShare: 0.2 });
    await generateContentRoot(rootB, 12, { seed: 4, coverShare: 0.2 });
    const shared = { ASTRO_CACHE_DIR: path.join(work, 'cache') };
    const dist = { outDir: path.join(work, 'dist') };

    const firstA = await buildContentRoot(rootA, shared, dist);
    expect(firstA.code, firstA.output.slice(-2000)).toBe(0);
    const keptA = path.join(work, 'dist-a');
    await cp(dist.outDir, keptA, { recursive: true });
    const thenB = await buildContentRoot(rootB, shared, dist);
    const freshB = await buildContentRoot(rootB);
    expect([thenB.code, freshB.code], thenB.output.slice(-2000)).toEqual([0, 0]);
    const diffB = await compareDirs(thenB.outDir, freshB.outDir);
    expect({ ...diffB, files: 0 }).toEqual({ onlyInA: [], onlyInB: [], changed: [], files: 0 });

    const againA = await buildContentRoot(rootA, shared, dist);
    expect(againA.code, againA.output.slice(-2000)).toBe(0);
    const diffA = await compareDirs(againA.outDir, keptA);
    expect({ ...diffA, files: 0 }).toEqual({ onlyInA: [], onlyInB: [], changed: [], files: 0 });
    // Positive control: the two roots make different sites.
    const between = await compareDirs(keptA, freshB.outDir);
    expect(between.changed.length + between.onlyInA.length + between.onlyInB.length).toBeGreaterThan(0);
  });
});
