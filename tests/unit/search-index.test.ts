import { mkdtemp, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { indexBesideAstro, outDirOf, overlapBudget, pagefindPeak } from '../../scripts/build.ts';
import { INDEX_AFTER_BUILD_ENV, searchIndex } from '../../src/integrations/search-index.ts';

const PROFILE = `<!DOCTYPE html><html lang="vi"><head><title>Nguyễn Văn An</title></head>
<body><article data-pagefind-body><h1>Nguyễn Văn An</h1><p>Nuôi ong lấy mật ở Giao Thủy.</p></article></body></html>`;

/** A built site of one profile page, and the integration's build:done hook run on it. */
async function runHook(env: string | undefined) {
  const dist = await mkdtemp(path.join(tmpdir(), 'search-index-'));
  await mkdir(path.join(dist, 'dien-hinh/nguyen-van-an'), { recursive: true });
  await writeFile(path.join(dist, 'dien-hinh/nguyen-van-an/index.html'), PROFILE);
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m) } as unknown as AstroIntegrationLogger;
  if (env === undefined) delete process.env[INDEX_AFTER_BUILD_ENV];
  else process.env[INDEX_AFTER_BUILD_ENV] = env;
  const done = searchIndex().hooks['astro:build:done'] as unknown as (o: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
  await done({ dir: pathToFileURL(`${dist}/`), logger });
  const files = await readdir(dist);
  return { files, logged, pagefind: files.includes('pagefind') ? await readdir(path.join(dist, 'pagefind')) : [] };
}

describe('the search index step', () => {
  afterEach(() => {
    delete process.env[INDEX_AFTER_BUILD_ENV];
  });

  test('a plain `astro build` indexes the profiles itself', async () => {
    const { pagefind, logged } = await runHook(undefined);
    expect(pagefind).toContain('pagefind.js');
    expect(pagefind).toContain('pagefind-entry.json');
    // Pagefind's own UI bundles are dropped: the search page has its own interface.
    expect(pagefind.filter((f) => f.startsWith('pagefind-ui'))).toEqual([]);
    expect(logged).toEqual(['Search index: 1 profiles']);
  });

  test('under `npm run build` it leaves the index to scripts/build.ts', async () => {
    const { files, logged } = await runHook('1');
    expect(files).not.toContain('pagefind');
    expect(logged.join('\n')).toContain('left to npm run build');
  });
});

describe('the index is built beside Astro only while the two fit the memory budget', () => {
  const GiB = 1024 ** 3;

  test('a 1,000-story site (Astro ~1.3 GiB) is indexed as soon as its pages are written', () => {
    expect(indexBesideAstro(1.3 * GiB, 1000, overlapBudget({}))).toBe(true);
  });

  test('a 10,000-story site (Astro ~2.2 GiB, Pagefind ~2.3 GiB) waits for Astro to exit', () => {
    expect(pagefindPeak(10_000)).toBeGreaterThan(2 * GiB);
    expect(indexBesideAstro(2.2 * GiB, 10_000, overlapBudget({}))).toBe(false);
    // Even a small Astro with that many profiles would pass the budget.
    expect(indexBesideAstro(0.5 * GiB, 10_000, overlapBudget({}))).toBe(false);
  });

  test('SEARCH_INDEX_OVERLAP_MIB sets the budget; 0 or nonsense always waits', () => {
    expect(overlapBudget({})).toBe(2048 * 1024 ** 2);
    expect(overlapBudget({ SEARCH_INDEX_OVERLAP_MIB: '4096' })).toBe(4 * GiB);
    expect(indexBesideAstro(0, 1, overlapBudget({ SEARCH_INDEX_OVERLAP_MIB: '0' }))).toBe(false);
    expect(indexBesideAstro(0, 1, overlapBudget({ SEARCH_INDEX_OVERLAP_MIB: 'nhiều' }))).toBe(false);
  });

  test('Astro tells scripts/build.ts when its pages are written, with its memory, only under `npm run build`', () => {
    const generated = searchIndex().hooks['astro:build:generated'] as unknown as () => void;
    const sent: unknown[] = [];
    const send = process.send;
    process.send = ((message: unknown) => sent.push(message) > 0) as typeof process.send;
    try {
      delete process.env[INDEX_AFTER_BUILD_ENV];
      generated();
      expect(sent).toEqual([]);
      process.env[INDEX_AFTER_BUILD_ENV] = '1';
      generated();
      expect(sent).toEqual([{ type: 'pages-written', rss: expect.any(Number) }]);
    } finally {
      process.send = send;
    }
  });
});

describe('scripts/build.ts finds the folder astro build writes', () => {
  test.each([
    [['--outDir', '/tmp/x/dist'], '/tmp/x/dist'],
    [['--outDir=/tmp/y'], '/tmp/y'],
    [['--outDir', 'out'], '/work/site/out'],
    [['--verbose'], '/work/site/dist'],
    [[], '/work/site/dist'],
  ])('%j → %s', (args, expected) => {
    expect(outDirOf(args, '/work/site')).toBe(expected);
  });
});
