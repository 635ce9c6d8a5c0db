import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The signature Pagefind writes at the start of each of its files, once gunzipped. */
const SIGNATURE = 'pagefind_dcd';

/** A file Pagefind wrote (metadata, fragment, index chunk), gunzipped and without its signature. */
export async function unpackPagefindFile(file: string): Promise<Buffer> {
  return gunzipSync(await readFile(file)).subarray(SIGNATURE.length);
}

/** Every result fragment of a built site: the page's URL and the text Pagefind indexed for it. */
export async function readFragments(dist: string): Promise<{ url: string; content: string }[]> {
  const dir = path.join(dist, 'pagefind/fragment');
  return Promise.all((await readdir(dir)).map(async (file) => JSON.parse((await unpackPagefindFile(path.join(dir, file))).toString('utf8'))));
}
