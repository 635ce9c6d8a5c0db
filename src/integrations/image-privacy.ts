import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { vi } from '../i18n/vi.ts';
import { findImageMetadata } from '../lib/image-metadata.ts';

/**
 * The last step of every build: no image in the output may carry EXIF, XMP or IPTC, where
 * phones write the GPS position of the shot (often someone's home). Covers and story
 * photos are all re-encoded (Astro's sizes, anh-bia.jpg, og.png, og.jpg), so a hit means some
 * path publishes an uploaded file as it is: the build stops and names the files. It does
 * not strip them in place: that would hide the path that leaked, and a file turned upright
 * would no longer match the size its page gives it. Runs after the press files are written
 * (integrations run in order; keep this one last).
 */
export function imagePrivacy(): AstroIntegration {
  return {
    name: 'dien-hinh:image-privacy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { checked, found } = await findImageMetadata(fileURLToPath(dir));
        if (found.length) {
          const t = vi.imagePrivacy;
          logger.error(['', t.found(found.length), ...found.map((f) => t.file(f.file, f.kinds)), t.advice].join('\n'));
          process.exit(1);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Image metadata: ${checked} images checked, none with EXIF, XMP or IPTC (${seconds} s)`);
      },
    },
  };
}
