import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildContentRoot, listFiles } from '../../scripts/lib/build.ts';
import { BASIC_ROOT } from '../helpers/content-root.ts';

/** Every file of a build with the SHA-256 of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const files = await listFiles(dir);
  const entries = await Promise.all(
    files.map(async (f) => [f, createHash('sha256').update(await readFile(path.join(dir, f))).digest('hex')] as const),
  );
  return Object.fromEntries(entries);
}

test('two builds of the same content produce byte-identical files, search index included', async () => {
  const first = await buildContentRoot(BASIC_ROOT);
  const second = await buildContentRoot(BASIC_ROOT);
  expect([first.code, second.code]).toEqual([0, 0]);
  const [a, b] = await Promise.all([fingerprint(first.outDir), fingerprint(second.outDir)]);
  expect(Object.keys(a).some((f) => f.startsWith('pagefind/'))).toBe(true);
  expect(b).toEqual(a);
});
