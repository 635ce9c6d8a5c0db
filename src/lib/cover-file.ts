import { statSync } from 'node:fs';
import type { ImageMetadata } from 'astro';

/** A story's original cover as built: where it is served, its source file and size. */
export interface CoverFile {
  /** Served path of the original, base included (`/_astro/anh-bia.HASH.jpg`). */
  src: string;
  /** The source file on disk. */
  fsPath: string;
  bytes: number;
  mimeType: string;
  format: string;
  width: number;
  height: number;
}

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};

/**
 * The original cover file behind an imported image. Astro keeps the source path on the
 * image (`fsPath`, not enumerable); the original is emitted unchanged, so its size is the source's.
 */
export function coverFile(image: ImageMetadata): CoverFile {
  const fsPath = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!fsPath) throw new Error(`No source file for image ${image.src}`);
  return {
    src: image.src,
    fsPath,
    bytes: statSync(fsPath).size,
    mimeType: MIME[image.format] ?? 'application/octet-stream',
    format: image.format,
    width: image.width,
    height: image.height,
  };
}
