import type { ImageMetadata } from 'astro';

/** Width of a cover picture's fallback `<img src>`: one of every cover's srcset widths. */
export const FALLBACK_WIDTH = 800;

/**
 * The size to give a cover's `<Picture>`. Without one, Astro encodes the fallback `src` as
 * a WebP at the upload's full size (4,032 px for a phone photo), which no current browser
 * fetches: they all read the srcset. With this size the `src` is the srcset's own 800w
 * file, the same transform, encoded once. An upload narrower than that is used at its
 * own width, which Astro also puts in the srcset.
 *
 * The size is read from the image's `clone`, as Astro's own components do: reading a
 * field of an imported image itself makes Astro publish the original upload.
 */
export function fallbackSize(image: ImageMetadata): { width: number; height: number } {
  const { width: w, height: h } = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
  const width = Math.min(FALLBACK_WIDTH, w);
  return { width, height: Math.round((width * h) / w) };
}
