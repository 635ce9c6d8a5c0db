import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { deploySize, formatDeploySize } from '../../scripts/bench/deploy-size.ts';

/** A tiny built site: three profiles (one with a cover, so an og.jpg), a redirect from an old address, lists, feeds, search, open data. */
const SITE: Record<string, number> = {
  'index.html': 100,
  'dien-hinh/index.html': 50,
  'dien-hinh/trang/2/index.html': 50,
  'dien-hinh/an/index.html': 1000,
  'dien-hinh/an/og.jpg': 3000,
  'dien-hinh/an/qr.svg': 30,
  'dien-hinh/an/ban-tin.txt': 40,
  'dien-hinh/an/nhung/index.html': 60,
  'dien-hinh/an/anh-bia.jpg': 500,
  'dien-hinh/binh/index.html': 1000,
  'dien-hinh/binh/og.png': 2000,
  'dien-hinh/chi/index.html': 1000,
  'dien-hinh/chi/og.png': 2000,
  'dien-hinh/ten-cu/index.html': 10,
  'linh-vuc/nong-nghiep/index.html': 70,
  'linh-vuc/nong-nghiep/rss.xml': 80,
  'rss.xml': 90,
  'pagefind/fragment/a.pf_fragment': 20,
  'du-lieu/dien-hinh.json': 30,
  'du-lieu/index.html': 5,
  '_astro/site.css': 7,
  '_astro/anh.webp': 9,
};

test('groups every file of a build by kind and divides the whole by the stories (profiles with an og.png or og.jpg)', async () => {
  const dist = await mkdtemp(path.join(tmpdir(), 'deploy-size-'));
  for (const [file, bytes] of Object.entries(SITE)) {
    await mkdir(path.dirname(path.join(dist, file)), { recursive: true });
    await writeFile(path.join(dist, file), Buffer.alloc(bytes));
  }
  const result = await deploySize(dist);
  const total = Object.values(SITE).reduce((a, b) => a + b, 0);
  expect(result.totalBytes).toBe(total);
  expect(result.stories).toBe(3);
  expect(result.perStoryBytes).toBe(total / 3);
  const row = (kind: string) => result.rows.find((r) => r.kind === kind);
  expect(row('og cards (og.png)')).toEqual({ kind: 'og cards (og.png)', files: 2, bytes: 4000 });
  expect(row('og cards with a cover (og.jpg)')).toEqual({ kind: 'og cards with a cover (og.jpg)', files: 1, bytes: 3000 });
  expect(row('covers (anh-bia.jpg)')).toMatchObject({ files: 1, bytes: 500 });
  expect(row('profile pages')).toMatchObject({ files: 3, bytes: 3000 });
  expect(row('redirects (old addresses)')).toMatchObject({ files: 1, bytes: 10 });
  expect(row('list pages')).toMatchObject({ files: 3, bytes: 170 });
  expect(row('RSS feeds')).toMatchObject({ files: 2, bytes: 170 });
  expect(row('other pages')).toMatchObject({ files: 2, bytes: 105 });
  expect(result.rows.reduce((n, r) => n + r.files, 0)).toBe(Object.keys(SITE).length);
  expect(result.rows.map((r) => r.bytes)).toEqual(result.rows.map((r) => r.bytes).sort((a, b) => b - a));
  const table = formatDeploySize(result);
  expect(table.split('\n')[2]).toMatch(/^og cards \(og\.png\)\s+2\s+0\.0\s+1\.3$/);
  expect(table).toMatch(new RegExp(`^total\\s+${Object.keys(SITE).length}\\s+0\\.0\\s+${(total / 3 / 1000).toFixed(1)}$`, 'm'));
});
