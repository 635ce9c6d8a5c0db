import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { emptyTrash, moveAside } from '../../scripts/bench/set-aside.ts';

let dir = '';
afterEach(async () => {
  await emptyTrash();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('an old build output is moved out of the next build’s way at once, and deleted only when the run empties the trash', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'set-aside-'));
  await mkdir(path.join(dir, 'dist/dien-hinh/a'), { recursive: true });
  await writeFile(path.join(dir, 'dist/dien-hinh/a/index.html'), '<p>a</p>');
  await writeFile(path.join(dir, 'keep.txt'), 'kept');

  await moveAside(path.join(dir, 'dist'));
  const after = await readdir(dir);
  // Gone from its path, still on disk beside it.
  expect(after).not.toContain('dist');
  expect(after.filter((name) => name.includes('dist'))).toHaveLength(1);
  expect(await readdir(path.join(dir, after.find((name) => name.includes('dist'))!, 'dien-hinh/a'))).toEqual(['index.html']);

  // A path that is not there (a first build) is no error.
  await expect(moveAside(path.join(dir, 'dist'))).resolves.toBeUndefined();

  await emptyTrash();
  expect(await readdir(dir)).toEqual(['keep.txt']);
});
