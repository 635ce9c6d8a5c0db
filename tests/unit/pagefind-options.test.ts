import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, expect, test } from 'vitest';
import { PAGEFIND_ENV, PAGEFIND_INDEX_OPTIONS } from '../../src/search/pagefind-options.ts';

const work = await mkdtemp(path.join(tmpdir(), 'pagefind-options-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** Writes an index of `pages` with Pagefind started in the given environment; returns its number of index chunks. */
async function indexChunks(name: string, env: Record<string, string>, pages: string[]): Promise<number> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const { index } = await pagefind.createIndex({ ...PAGEFIND_INDEX_OPTIONS });
    for (const [i, html] of pages.entries()) await index!.addHTMLFile({ sourcePath: `p${i}/index.html`, content: html });
    await index!.writeFiles({ outputPath: path.join(work, name) });
    return (await readdir(path.join(work, name, 'index'))).length;
  } finally {
    await pagefind.close();
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  }
}

// 60 pages of 300 words drawn from 400: ~18,000 word positions, a few chunks at Pagefind's default threshold.
const vocabulary = Array.from({ length: 400 }, (_, i) => `tu${i.toString(36)}`);
const pages = Array.from(
  { length: 60 },
  (_, p) => `<html lang="vi"><body><main data-pagefind-body><h1>Trang ${p}</h1><p>${Array.from({ length: 300 }, (_, w) => vocabulary[(p * 7 + w * 13) % 400]).join(' ')}</p></main></body></html>`,
);

test('the chunk threshold in PAGEFIND_ENV reaches the Pagefind binary and splits the index into small chunks', async () => {
  const before = await indexChunks('default', {}, pages);
  const after = await indexChunks('tuned', { ...PAGEFIND_ENV }, pages);
  expect(after).toBeGreaterThan(before * 3);
});
