import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

/**
 * Gzips Pagefind's metadata (`pagefind.<hash>.pf_meta`, already gzip) again at zlib's
 * highest level. Every search loads this file before any word, and it grows with the
 * site (one entry a page: ~75 KB at 10,000 stories); Pagefind writes it at the default
 * level, and level 9 saves ~3 KB there. The decompressed bytes, and so the file's
 * name (a hash of them), are unchanged; a file that would not shrink is left as it is.
 * Returns the bytes saved.
 */
export async function recompressMeta(dir: string): Promise<number> {
  let saved = 0;
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.pf_meta'))) {
    const written = await readFile(path.join(dir, file));
    const smaller = await gzipAsync(await gunzipAsync(written), { level: 9, memLevel: 9 });
    if (smaller.length >= written.length) continue;
    await writeFile(path.join(dir, file), smaller);
    saved += written.length - smaller.length;
  }
  return saved;
}
