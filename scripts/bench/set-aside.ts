/**
 * Old build outputs are moved aside during a bench run and deleted only when it ends.
 *
 * Why: this machine's disk is ext4 without a journal, where the kernel will not hand out
 * an inode freed in the last minute or more (`recently_deleted()` in fs/ext4/ialloc.c), so
 * every file a build creates first steps over all the inodes freed just before it. Deleting
 * one 1,000-story build (~15,000 files and folders with its caches) right before the next
 * cost that build 1–3 s, mostly in the kernel: three cold builds of ours took 20.5–20.7 s
 * with the old output moved aside and 21.7–23.7 s with it deleted just before; Starlight's
 * 25.4–26.2 s against 27.3–27.8 s with its old dist/ emptied by Astro inside the build
 * (3 Dec 2026, 1,000 stories). A fresh CI runner has deleted nothing, so moving aside
 * measures what a deploy pays; both sites' builds are treated the same way.
 */
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const setAside: string[] = [];
const PREFIX = '.set-aside-';
let moved = 0;

/**
 * Moves `target` (if it exists) to a hidden name beside it, for {@link emptyTrash}: the
 * build that follows sees it gone, and no inode is freed. A name already taken (what an
 * interrupted run left behind) is skipped for the next. Deletes it at once if it cannot
 * be renamed.
 */
export async function moveAside(target: string): Promise<void> {
  for (let tries = 0; ; tries++) {
    const aside = path.join(path.dirname(target), `${PREFIX}${process.pid}-${moved++}-${path.basename(target)}`);
    try {
      await rename(target, aside);
      setAside.push(aside);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if ((code === 'ENOTEMPTY' || code === 'EEXIST') && tries < 100) continue;
      await rm(target, { recursive: true, force: true });
      return;
    }
  }
}

/** Deletes everything {@link moveAside} kept: once no build of the run is left to measure. */
export async function emptyTrash(): Promise<void> {
  await Promise.all(setAside.splice(0).map((p) => rm(p, { recursive: true, force: true })));
}

/**
 * Adds to the trash what runs that did not end (stopped, or killed) set aside in `dir`, the
 * one folder that outlives a run (Starlight's): deleted with the rest when this run ends,
 * not before its builds.
 */
export async function adoptLeftovers(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => []);
  for (const name of names) if (name.startsWith(PREFIX) && !setAside.includes(path.join(dir, name))) setAside.push(path.join(dir, name));
}
