import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { indexBesideAstro, outDirOf, overlapBudget, pagefindPeak } from '../../scripts/build.ts';
import { INDEX_AFTER_BUILD_ENV, searchIndex } from '../../src/integrations/search-index.ts';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { newestFirst, publishedDay } from '../../src/search/index-order.ts';
import { recompressMeta } from '../../src/search/recompress-meta.ts';
import { unpackPagefindFile } from '../helpers/pagefind.ts';

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
    // Under `npm run build` the integration unrefs the process's IPC channel (so it cannot keep
    // Astro alive); here that channel is vitest's own, and a worker left without it exits mid-file.
    process.channel?.ref();
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

describe('profiles are indexed newest first, so a search by filters alone needs no sort table', () => {
  test('a page’s day is read from its data-published attribute; a page without one has none', () => {
    expect(publishedDay('<span hidden data-title="A" data-published="2024-03-05"></span>')).toBe('2024-03-05');
    expect(publishedDay('<span hidden data-title="A"></span>')).toBe('');
    expect(publishedDay('<span data-published="5/3/2024"></span>')).toBe('');
  });

  test('newest first; the same day by path; undated pages last', () => {
    const pages = [
      { file: 'dien-hinh/b/index.html', published: '2024-01-01' },
      { file: 'dien-hinh/z/index.html', published: '' },
      { file: 'dien-hinh/c/index.html', published: '2025-06-30' },
      { file: 'dien-hinh/a/index.html', published: '2024-01-01' },
    ];
    expect([...pages].sort(newestFirst).map((p) => p.file)).toEqual([
      'dien-hinh/c/index.html',
      'dien-hinh/a/index.html',
      'dien-hinh/b/index.html',
      'dien-hinh/z/index.html',
    ]);
  });

  /** Pagefind's page list, in its page numbers' order, as result URLs; and whether it holds a sort table. */
  async function indexedOrder(dist: string) {
    const dir = path.join(dist, 'pagefind');
    const unpack = (file: string) => unpackPagefindFile(path.join(dir, file));
    const metaFile = (await readdir(dir)).find((f) => f.endsWith('.pf_meta'))!;
    const meta = (await unpack(metaFile)).toString('latin1');
    const fragments = new Set((await readdir(path.join(dir, 'fragment'))).map((f) => f.replace('.pf_fragment', '')));
    const hashes = [...meta.matchAll(/vi_[0-9a-f]{7,}/g)].map((m) => m[0]).filter((h) => fragments.has(h));
    const urls = [];
    for (const hash of hashes) urls.push((JSON.parse((await unpack(`fragment/${hash}.pf_fragment`)).toString()) as { url: string }).url);
    return { urls, hasSort: meta.includes('published'), hasFilters: meta.includes('linh-vuc') };
  }

  test('the index numbers pages newest first and holds no sort table (filters stay: the control)', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'search-order-'));
    const profile = (slug: string, day: string, text: string) =>
      `<!DOCTYPE html><html lang="vi"><body><article data-pagefind-body><span hidden data-pagefind-meta="title[data-title]" data-title="${slug}" data-published="${day}"></span><span hidden data-pagefind-filter="linh-vuc:y-te"></span><h1>${slug}</h1><p>${text}</p></article></body></html>`;
    // Alphabetical order is not date order; a story's own text cannot move it.
    for (const [slug, day, text] of [
      ['an', '2023-05-01', 'Trạm y tế xã.'],
      ['binh', '2025-02-10', 'Bác sĩ thôn.'],
      ['cuong', '2024-11-20', 'Ghi chú: data-published="2099-01-01" trong bài.'],
    ] as const) {
      await mkdir(path.join(dist, 'dien-hinh', slug), { recursive: true });
      await writeFile(path.join(dist, 'dien-hinh', slug, 'index.html'), profile(slug, day, text));
    }
    expect(await buildSearchIndex(dist)).toBe(3);
    const { urls, hasSort, hasFilters } = await indexedOrder(dist);
    expect(urls).toEqual(['/dien-hinh/binh/', '/dien-hinh/cuong/', '/dien-hinh/an/']);
    expect(hasSort).toBe(false);
    expect(hasFilters).toBe(true);
  });
});

describe('Pagefind’s metadata gzipped again', () => {
  // Stands in for the metadata: Pagefind's signature, then page hashes and word counts.
  const meta = Buffer.concat([
    Buffer.from('pagefind_dcd'),
    Buffer.from(Array.from({ length: 3000 }, (_, i) => `vi_${((i * 2654435761) >>> 0).toString(16).slice(0, 7)}${i % 400}`).join('')),
  ]);

  test('is smaller and decompresses to exactly the same bytes; other files are left alone', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pf-meta-'));
    const written = gzipSync(meta, { level: 1 });
    await writeFile(path.join(dir, 'pagefind.vi_abc.pf_meta'), written);
    await writeFile(path.join(dir, 'other.pf_index'), written);
    expect(await recompressMeta(dir)).toBeGreaterThan(0);
    const after = await readFile(path.join(dir, 'pagefind.vi_abc.pf_meta'));
    expect(after.length).toBeLessThan(written.length);
    expect(gunzipSync(after).equals(meta)).toBe(true);
    expect((await readFile(path.join(dir, 'other.pf_index'))).equals(written)).toBe(true);
  });

  test('a file that would not shrink is kept byte for byte', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pf-meta-'));
    const best = gzipSync(meta, { level: 9, memLevel: 9 });
    await writeFile(path.join(dir, 'pagefind.vi_abc.pf_meta'), best);
    expect(await recompressMeta(dir)).toBe(0);
    expect((await readFile(path.join(dir, 'pagefind.vi_abc.pf_meta'))).equals(best)).toBe(true);
  });
});
