import { expect, test } from 'vitest';
import { buildContentRoot, listFiles } from '../../scripts/lib/build.ts';
import { compareDirs } from '../../scripts/lib/compare-dirs.ts';
import { BASIC_ROOT } from '../helpers/content-root.ts';

test('two builds of the same content produce byte-identical files, search index included', async () => {
  const first = await buildContentRoot(BASIC_ROOT);
  const second = await buildContentRoot(BASIC_ROOT);
  expect([first.code, second.code]).toEqual([0, 0]);
  expect((await listFiles(first.outDir)).some((f) => f.startsWith('pagefind/'))).toBe(true);
  const diff = await compareDirs(first.outDir, second.outDir);
  expect({ onlyInA: diff.onlyInA, onlyInB: diff.onlyInB, changed: diff.changed }).toEqual({ onlyInA: [], onlyInB: [], changed: [] });
});
