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

test('the index built beside Astro, once its pages are written, is the one built after Astro exits', async () => {
  const beside = await buildContentRoot(BASIC_ROOT);
  const after = await buildContentRoot(BASIC_ROOT, { SEARCH_INDEX_OVERLAP_MIB: '0' });
  expect([beside.code, after.code]).toEqual([0, 0]);
  expect(beside.output).toMatch(/\[search-index\] pages written, Astro holds \d+ MiB.*indexing the profiles/);
  expect(beside.output).not.toContain('astro build has exited; indexing');
  expect(after.output).toContain('[search-index] astro build has exited; indexing the profiles');
  const diff = await compareDirs(beside.outDir, after.outDir);
  expect({ onlyInA: diff.onlyInA, onlyInB: diff.onlyInB, changed: diff.changed }).toEqual({ onlyInA: [], onlyInB: [], changed: [] });
});
