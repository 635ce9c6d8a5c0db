import { mkdtemp, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { outDirOf } from '../../scripts/build.ts';
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

  test('under `npm run build` it leaves the index to scripts/build.ts, after Astro has exited', async () => {
    const { files, logged } = await runHook('1');
    expect(files).not.toContain('pagefind');
    expect(logged.join('\n')).toContain('after this process exits');
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
