import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import sharp from 'sharp';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { imagePrivacy } from '../../src/integrations/image-privacy.ts';
import { findImageMetadata, metadataIn } from '../../src/lib/image-metadata.ts';
import { gpsPhoto } from '../helpers/gps-photo.ts';

const plain = (format: 'jpeg' | 'png' | 'webp' | 'avif') =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#4a7c59' } }).toFormat(format).toBuffer();
const withExif = (format: 'png' | 'webp' | 'avif') =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#4a7c59' } })
    .withExif({ IFD0: { Make: 'Điện thoại' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '20/1 25/1 1234/100' } })
    .toFormat(format)
    .toBuffer();

describe('metadata in an image file', () => {
  test('a phone photo carries EXIF, IPTC and XMP', async () => {
    expect(await metadataIn(await gpsPhoto())).toEqual(['EXIF', 'IPTC', 'XMP']);
  });

  test('EXIF is found in PNG, WebP and AVIF too, and XMP in a PNG', async () => {
    for (const format of ['png', 'webp', 'avif'] as const) expect(await metadataIn(await withExif(format)), format).toContain('EXIF');
    const xmp = await sharp(await plain('png')).withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>').png().toBuffer();
    expect(await metadataIn(xmp)).toEqual(['XMP']);
  });

  test('images sharp writes without metadata carry none', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) expect(await metadataIn(await plain(format)), format).toEqual([]);
  });

  test('a second picture appended after a clean one is found by its bytes', async () => {
    const appended = Buffer.concat([await plain('jpeg'), await gpsPhoto()]);
    expect((await sharp(appended).metadata()).exif).toBeUndefined();
    expect(await metadataIn(appended)).toEqual(['EXIF', 'IPTC', 'XMP']);
  });
});

describe('the check at the end of the build', () => {
  async function output(files: Record<string, Buffer>) {
    const dir = await mkdtemp(path.join(tmpdir(), 'image-privacy-'));
    for (const [file, bytes] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), bytes);
    }
    return dir;
  }
  const logged = { info: [] as string[], error: [] as string[] };
  const logger = { info: (m: string) => logged.info.push(m), error: (m: string) => logged.error.push(m) } as unknown as AstroIntegrationLogger;
  const done = (dir: string) =>
    (imagePrivacy().hooks['astro:build:done'] as (o: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
  afterEach(() => vi.restoreAllMocks());

  test('lists every image with metadata, wherever it is, and only images', async () => {
    const dir = await output({
      '_astro/anh.abc.jpg': await gpsPhoto(),
      '_astro/anh.abc_1.webp': await plain('webp'),
      'dien-hinh/a/og.png': await withExif('png'),
      'dien-hinh/a/ban-tin.txt': await gpsPhoto(),
    });
    expect(await findImageMetadata(dir)).toEqual({
      checked: 3,
      found: [
        { file: '_astro/anh.abc.jpg', kinds: ['EXIF', 'IPTC', 'XMP'] },
        { file: 'dien-hinh/a/og.png', kinds: ['EXIF'] },
      ],
    });
  });

  test('stops the build and names the files, in Vietnamese, when an image carries metadata', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
      throw new Error('exit');
    }) as never);
    const dir = await output({ '_astro/anh.abc.jpg': await gpsPhoto(), 'dien-hinh/a/anh-bia.jpg': await plain('jpeg') });
    await expect(done(dir)).rejects.toThrow('exit');
    expect(exit).toHaveBeenCalledWith(1);
    expect(logged.error.at(-1)).toContain('Dừng tạo trang: 1 ảnh sắp đăng còn mang thông tin đi kèm (EXIF, XMP, IPTC)');
    expect(logged.error.at(-1)).toContain('  _astro/anh.abc.jpg (EXIF, IPTC, XMP)');
    expect(logged.error.at(-1)).not.toContain('anh-bia.jpg');
  });

  test('lets a clean build through', async () => {
    const exit = vi.spyOn(process, 'exit');
    await done(await output({ 'dien-hinh/a/anh-bia.jpg': await plain('jpeg'), '_astro/a_1.avif': await plain('avif') }));
    expect(exit).not.toHaveBeenCalled();
    expect(logged.info.at(-1)).toMatch(/^Image metadata: 2 images checked, none with EXIF, XMP or IPTC \([\d.]+ s\)$/);
  });
});
