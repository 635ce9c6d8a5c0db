import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

export type MetadataKind = 'EXIF' | 'XMP' | 'IPTC';

/** Files scanned: every raster format a page, feed or press kit can serve. */
export const IMAGE_FILE = /\.(jpe?g|png|webp|avif)$/i;

/**
 * Byte signatures of metadata blocks. Searched in the whole file, they also catch a block
 * sharp does not report, e.g. the EXIF of a second picture a phone appends after the
 * first (a gain map or a preview). Each is long enough never to occur by chance.
 */
const SIGNATURES: readonly (readonly [MetadataKind, Buffer])[] = [
  ['EXIF', Buffer.from('Exif\0\0', 'latin1')],
  ['XMP', Buffer.from('adobe:ns:meta/')],
  ['XMP', Buffer.from('http://ns.adobe.com/xap/1.0/')],
  ['IPTC', Buffer.from('Photoshop 3.0\0', 'latin1')],
];

/**
 * The kinds of metadata an image file carries: what sharp (libvips) reads from the
 * image's container (JPEG segments, PNG and WebP chunks, HEIF items), plus the signatures.
 */
export async function metadataIn(bytes: Buffer): Promise<MetadataKind[]> {
  const found = new Set<MetadataKind>();
  const meta = await sharp(bytes).metadata().catch(() => undefined);
  if (meta?.exif) found.add('EXIF');
  if (meta?.xmp) found.add('XMP');
  if (meta?.iptc) found.add('IPTC');
  for (const [kind, signature] of SIGNATURES) if (bytes.includes(signature)) found.add(kind);
  return [...found].sort();
}

export interface ImageMetadataReport {
  /** Images scanned. */
  checked: number;
  /** Those with metadata: path relative to the folder, and what they carry. */
  found: { file: string; kinds: MetadataKind[] }[];
}

/** Files read at once: enough to keep sharp's threads busy, few enough to hold little memory. */
const IN_FLIGHT = 16;

/**
 * A file's bytes, read into `buffer` when it is large enough (else into a new one, returned
 * for the next file). The scan runs at the end of a build whose heap holds gigabytes: a
 * fresh buffer per file made V8 collect that whole heap again and again (10,290 images of
 * a 10,000-story build: 80 s instead of 22 s on a loaded machine).
 */
async function readInto(file: string, buffer: Buffer): Promise<{ bytes: Buffer; buffer: Buffer }> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const target = buffer.length >= size ? buffer : Buffer.allocUnsafeSlow(size);
    let read = 0;
    for (let n = -1; read < size && n !== 0; read += n) n = (await handle.read(target, read, size - read, read)).bytesRead;
    return { bytes: target.subarray(0, read), buffer: target };
  } finally {
    await handle.close();
  }
}

/** Scans every image under a folder (a build's output) for EXIF, XMP and IPTC. */
export async function findImageMetadata(dir: string): Promise<ImageMetadataReport> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const images = entries.filter((e) => e.isFile() && IMAGE_FILE.test(e.name)).map((e) => path.join(e.parentPath, e.name));
  const found: ImageMetadataReport['found'] = [];
  let next = 0;
  const scan = async () => {
    let buffer: Buffer = Buffer.allocUnsafeSlow(1 << 20);
    while (next < images.length) {
      const file = images[next++]!;
      const read = await readInto(file, buffer);
      buffer = read.buffer;
      const kinds = await metadataIn(read.bytes);
      if (kinds.length) found.push({ file: path.relative(dir, file).split(path.sep).join('/'), kinds });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, scan));
  found.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { checked: images.length, found };
}
