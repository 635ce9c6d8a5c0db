import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { adoptLeftovers, emptyTrash, moveAside } from '../../scripts/bench/set-aside.ts';

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

test('what an interrupted run set aside is neither in the way of the next nor kept after it', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'set-aside-'));
  // Earlier runs stopped before emptying their trash: one named as before, one with the name this run picks next
  // (a process id used again).
  for (let i = 0; i < 3; i++) await mkdir(path.join(dir, `.set-aside-${process.pid}-${i}-dist/old`), { recursive: true });
  await mkdir(path.join(dir, '.set-aside-0-dist/old'), { recursive: true });
  await mkdir(path.join(dir, 'dist/new'), { recursive: true });

  await adoptLeftovers(dir);
  await moveAside(path.join(dir, 'dist'));
  // Moved, not deleted: its files are still on disk until the trash is emptied.
  const aside = (await readdir(dir)).filter((name) => name.startsWith('.set-aside-'));
  expect(aside).toHaveLength(5);
  expect(await Promise.all(aside.map((name) => readdir(path.join(dir, name))))).toContainEqual(['new']);

  await writeFile(path.join(dir, 'keep.txt'), 'kept');
  await emptyTrash();
  expect(await readdir(dir)).toEqual(['keep.txt']);
});
