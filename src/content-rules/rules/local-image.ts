import { lstat, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { checkText } from '../../i18n/check.ts';
import { IMAGE_FILE } from '../../lib/image-metadata.ts';

/** Picture formats a story may carry, as sharp names them (AVIF is `heif` with AV1 inside). */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** Letters (any script), digits, `.`, `_`, `-`, spaces and `/` between folders; nothing that a URL or a shell would read. */
const SAFE_PATH = /^(?:\.\/)?(?:[\p{L}\p{N}_ -][\p{L}\p{N}._ -]*\/)*[\p{L}\p{N}_ -][\p{L}\p{N}._ -]*$/u;

/** What a local image reference points at, or why it cannot be used. */
export type ImageTarget = { file: string } | { message: string };

/** An image reference that is not a local path (a URL with a scheme or a protocol-relative one). */
export const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/**
 * Where a story's image reference (`./anh.jpg`) lives, judged on the text alone:
 * inside the story's own folder, no `..`, no query or fragment, a picture extension.
 */
export function imageTarget(url: string, storyPath: string, flat: boolean): ImageTarget {
  if (isExternal(url)) return { message: checkText.imageExternal(url) };
  // The pattern admits no `..`, no hidden file, no `?`, `#`, `%`, `\\` or leading `/`.
  if (!SAFE_PATH.test(url)) return { message: checkText.imagePath(url) };
  if (!IMAGE_FILE.test(url)) return { message: checkText.imageExtension(url) };
  if (flat) return { message: checkText.imageFlatStory(url) };
  return { file: path.join(path.dirname(storyPath), url) };
}

/** The format the first bytes of a file announce, or undefined. */
function sniff(head: Buffer): ImageFormat | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (head.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(head.toString('latin1', 8, 12))) return 'avif';
  return undefined;
}

/** A checked picture: its format by its bytes, and its size. */
export interface CheckedImage {
  format: ImageFormat;
  width: number;
  height: number;
  bytes: number;
}

/**
 * Checks the file behind a local image: a regular file (not a link) inside the story's
 * folder, whose bytes are a JPEG, PNG, WebP or AVIF picture that decodes.
 */
export async function checkImageFile(
  file: string,
  storyPath: string,
  url: string,
): Promise<{ image: CheckedImage } | { message: string }> {
  const info = await lstat(file).catch(() => undefined);
  if (!info) return { message: checkText.imageMissing(url) };
  if (info.isSymbolicLink()) return { message: checkText.symlink };
  if (!info.isFile()) return { message: checkText.imageNotImage(url) };
  // A folder on the way may itself be a link out of the story's folder.
  const [real, folder] = await Promise.all([realpath(file), realpath(path.dirname(storyPath))]);
  if (path.relative(folder, real).startsWith('..')) return { message: checkText.imagePath(url) };
  const handle = await open(file, 'r');
  const head = Buffer.alloc(16);
  await handle.read(head, 0, 16, 0).finally(() => handle.close());
  const format = sniff(head);
  if (!format) return { message: checkText.imageNotImage(url) };
  try {
    // Decoding a small thumbnail proves the file is a whole picture (JPEG shrinks on load, so this is cheap).
    const { info: decoded } = await sharp(file, { sequentialRead: true })
      .resize(8, 8, { fit: 'inside' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const meta = await sharp(file).metadata();
    if (!decoded.width || !meta.width || !meta.height) return { message: checkText.imageNotImage(url) };
    const rotated = (meta.orientation ?? 1) >= 5;
    return {
      image: {
        format,
        width: rotated ? meta.height : meta.width,
        height: rotated ? meta.width : meta.height,
        bytes: info.size,
      },
    };
  } catch {
    return { message: checkText.imageNotImage(url) };
  }
}
