import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A folder for files kept between builds, beside Astro's own cache (ASTRO_CACHE_DIR-aware). */
export function buildCacheDir(name: string, env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.ASTRO_CACHE_DIR || 'node_modules/.astro', name);
}

/**
 * The file stored under `key` in `dir`, or else the one `make` returns, stored there
 * first. Written under a name of its own then renamed: another build, or another thread
 * of this one making the same file, never reads or writes half of it. `onCached` is called
 * when the file was found.
 */
export async function cachedFile(dir: string, key: string, make: () => Promise<Buffer>, onCached?: () => void): Promise<Buffer> {
  const file = path.join(dir, key);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) {
    onCached?.();
    return cached;
  }
  const made = await make();
  await mkdir(dir, { recursive: true });
  const partial = `${file}.${randomBytes(6).toString('hex')}.part`;
  await writeFile(partial, made);
  await rename(partial, file);
  return made;
}
