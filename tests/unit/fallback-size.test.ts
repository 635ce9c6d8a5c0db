import type { ImageMetadata } from 'astro';
import { expect, test } from 'vitest';
import { fallbackSize } from '../../src/lib/fallback-size.ts';

const image = (width: number, height: number) => ({ src: '/x.jpg', width, height, format: 'jpg' }) as ImageMetadata;

test('a cover’s fallback is 800 px wide at its own aspect ratio, or its own size when narrower', () => {
  expect(fallbackSize(image(4032, 3024))).toEqual({ width: 800, height: 600 });
  expect(fallbackSize(image(1600, 1000))).toEqual({ width: 800, height: 500 });
  // Rounded as Astro rounds the srcset's heights (800 × 2000 / 2999 = 533.5).
  expect(fallbackSize(image(2999, 2000))).toEqual({ width: 800, height: 534 });
  expect(fallbackSize(image(640, 480))).toEqual({ width: 640, height: 480 });
});

test('the size is read from the image’s clone, never from the imported image (which would publish the original)', () => {
  const read: PropertyKey[] = [];
  const target = image(1600, 1000);
  // As Astro's import proxy: `clone` is a copy; any other field read marks the original for publishing.
  const proxy = new Proxy(target, {
    get: (t, name) => (name === 'clone' ? { ...t } : (read.push(name), t[name as keyof ImageMetadata])),
  });
  expect(fallbackSize(proxy)).toEqual({ width: 800, height: 500 });
  expect(read).toEqual([]);
  // Positive control: reading the proxy itself is seen.
  void proxy.width;
  expect(read).toEqual(['width']);
});
