import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import type { ImageMetadata } from 'astro';
import { coverFile } from '../../src/lib/cover-file.ts';
import { coverJpeg, coverJpegBytes, encodeCoverJpeg } from '../../src/lib/cover-jpeg.ts';
import { gpsPhoto, latitudeBytes, markersIn, METADATA_MARKERS, redEdge, STORED, UPRIGHT } from '../helpers/gps-photo.ts';

/** The GPS IFD pointer (tag 0x8825, type LONG, count 1) as it sits in a little-endian IFD0. */
const GPS_IFD_POINTER = Buffer.from([0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00]);

describe('the test photo (positive control)', () => {
  test('is a landscape-stored JPEG with orientation 6 whose EXIF, XMP and IPTC say where it was taken', async () => {
    const photo = await gpsPhoto();
    const meta = await sharp(photo).metadata();
    expect([meta.format, meta.width, meta.height, meta.orientation]).toEqual(['jpeg', STORED.width, STORED.height, 6]);
    expect(meta.autoOrient).toEqual(UPRIGHT);
    expect(meta.exif!.includes(GPS_IFD_POINTER)).toBe(true);
    expect(meta.exif!.includes(latitudeBytes())).toBe(true);
    expect(meta.xmp?.toString()).toContain('exif:GPSLatitude="20,25.2057N"');
    expect(meta.iptc).toBeDefined();
    expect(markersIn(photo)).toEqual(Object.keys(METADATA_MARKERS));
    // Stored sideways: the red edge is the left one, neither top nor bottom.
    const edge = await redEdge(photo);
    expect(Math.max(edge.top, edge.bottom)).toBeLessThan(50);
  });
});

describe('the downloadable cover', () => {
  test('is a JPEG turned upright, the same size as shown, with no EXIF, XMP, IPTC or coordinates', async () => {
    const jpeg = await encodeCoverJpeg(await gpsPhoto());
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', UPRIGHT.width, UPRIGHT.height]);
    expect([meta.orientation, meta.exif, meta.xmp, meta.iptc, meta.icc]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(markersIn(jpeg)).toEqual([]);
    const edge = await redEdge(jpeg);
    expect(edge.top).toBeGreaterThan(150);
    expect(edge.bottom).toBeLessThan(50);
  });

  test('a transparent PNG cover gets a white background', async () => {
    const png = await sharp({ create: { width: 1200, height: 800, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const { data } = await sharp(await encodeCoverJpeg(png)).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)].every((v) => v > 250)).toBe(true);
  });

  test('is encoded once: the cache answers the same source bytes, and the size is the file’s', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cover-jpeg-'));
    const source = path.join(dir, 'anh.jpg');
    await writeFile(source, await gpsPhoto());
    const cache = path.join(dir, 'cache');
    const first = await coverJpeg(source, cache);
    expect(await readdir(cache)).toHaveLength(1);
    const [entry] = await readdir(cache);
    // A cached file is returned as it is, not encoded again.
    await writeFile(path.join(cache, entry!), 'đã lưu');
    expect((await coverJpeg(source, cache)).toString()).toBe('đã lưu');
    expect(first.length).toBeGreaterThan(1000);
    expect(await coverJpegBytes(source, path.join(dir, 'cache-2'))).toBe(first.length);
  });
});

test('the cover file reads nothing of Astro’s image but its source path and plain copy, so Astro drops the upload', () => {
  const read: PropertyKey[] = [];
  const metadata = { src: '/_astro/anh.abc.jpg', width: 1250, height: 1600, format: 'jpg' };
  // Like Astro's proxy of an imported image: reading `src`, `width`… marks the upload as published.
  const image = new Proxy(metadata, {
    get: (target, key) => {
      read.push(key);
      if (key === 'fsPath') return '/noi-dung/anh.jpg';
      if (key === 'clone') return structuredClone(target);
      return Reflect.get(target, key);
    },
  }) as ImageMetadata;
  expect(coverFile('a', image)).toEqual({ path: '/dien-hinh/a/anh-bia.jpg', fsPath: '/noi-dung/anh.jpg', mimeType: 'image/jpeg', format: 'jpg', width: 1250, height: 1600 });
  expect(read.sort()).toEqual(['clone', 'fsPath']);
});
