import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';
import { buildCacheDir, cachedFile } from './file-cache.ts';

/**
 * The downloadable cover (anh-bia.jpg): the uploaded photo re-encoded, never the upload
 * itself. Phones write where a photo was taken (EXIF GPS, often someone's home), the
 * camera and the time into EXIF, XMP and IPTC; sharp keeps none of it unless asked.
 * The EXIF orientation is applied to the pixels first, so a portrait phone photo stays
 * portrait once its tag is gone. Colours are converted to sRGB (the ICC profile goes
 * too); transparency, rare in photos, becomes white, as JPEG has none.
 */
export const COVER_JPEG = { quality: 90, background: '#ffffff' } as const;

/** Bump when the encoding changes: every cached cover is then re-encoded. */
const ENCODING_VERSION = 1;

export async function encodeCoverJpeg(source: Buffer): Promise<Buffer> {
  return sharp(source).rotate().flatten({ background: COVER_JPEG.background }).jpeg({ quality: COVER_JPEG.quality }).toBuffer();
}

/** Where re-encoded covers are kept between builds, like the OG cards. */
export function coverCacheDir(env: Record<string, string | undefined> = process.env): string {
  return buildCacheDir('covers', env);
}

/** The downloadable JPEG of a cover file, from the cache when the same bytes were encoded before. */
export async function coverJpeg(sourcePath: string, cacheDir: string = coverCacheDir()): Promise<Buffer> {
  const source = await readFile(sourcePath);
  const key = createHash('sha256')
    .update(`${ENCODING_VERSION}/${sharp.versions.sharp}/${JSON.stringify(COVER_JPEG)}\0`)
    .update(source)
    .digest('hex');
  return cachedFile(cacheDir, `${key}.jpg`, () => encodeCoverJpeg(source));
}

const sizes = new Map<string, Promise<number>>();

/**
 * The byte size of a cover's JPEG (a feed enclosure's length), worked out once per
 * source file version: a build lists a cover in several feeds; `astro dev` sees edits.
 */
export async function coverJpegBytes(sourcePath: string, cacheDir: string = coverCacheDir()): Promise<number> {
  const { mtimeMs, size: sourceSize } = await stat(sourcePath);
  const key = [sourcePath, mtimeMs, sourceSize, cacheDir].join('\0');
  let size = sizes.get(key);
  if (!size) {
    size = coverJpeg(sourcePath, cacheDir).then((jpeg) => jpeg.length);
    sizes.set(key, size);
  }
  return size;
}
