import type { ImageMetadata } from 'astro';
import { pressPaths } from './press-urls.ts';

/**
 * A story's cover as offered for download: the JPEG the build writes at
 * `/dien-hinh/<slug>/anh-bia.jpg` (src/lib/cover-jpeg.ts), upright and without the
 * photo's metadata. The uploaded file itself is never published.
 */
export interface CoverFile {
  /** Site path of the JPEG, without the base. */
  path: string;
  /** The uploaded source file on disk. */
  fsPath: string;
  mimeType: 'image/jpeg';
  format: 'jpg';
  /** Upright size: Astro reads the EXIF orientation and swaps width and height as needed. */
  width: number;
  height: number;
}

/** What Astro's proxy of an imported image hands out without counting it as used. */
type ProxiedImage = ImageMetadata & { fsPath?: string; clone?: ImageMetadata };

/**
 * The downloadable cover of a story. Astro publishes an imported image's original file
 * (unchanged, metadata and all) when any of its fields (`src`, `width`…) is read while
 * rendering, and deletes it otherwise; only `fsPath` and `clone` (a plain copy, what
 * Astro's own getImage reads) are free. So this reads nothing else.
 */
export function coverFile(slug: string, image: ImageMetadata): CoverFile {
  const proxied = image as ProxiedImage;
  const fsPath = proxied.fsPath;
  if (!fsPath) throw new Error(`No source file for the cover of ${slug}`);
  const { width, height } = proxied.clone ?? image;
  return { path: pressPaths.cover(slug), fsPath, mimeType: 'image/jpeg', format: 'jpg', width, height };
}
