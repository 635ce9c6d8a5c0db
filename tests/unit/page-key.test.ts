import { expect, test } from 'vitest';
import { pageKey } from '../../src/lib/page-key.ts';

/**
 * An imported image as Astro 7 hands it out (astro/dist/assets/utils/proxy.js): reading any
 * field but `clone` and `fsPath` records the image as used, and Astro then publishes the
 * uploaded file as it is, metadata and all.
 */
function astroImage(src: string, reads: string[]) {
  const target = { src, width: 1600, height: 1000, format: 'jpg' };
  return new Proxy(target, {
    get(t, name) {
      if (name === 'clone') return structuredClone(t);
      if (name === 'fsPath') return `/noi-dung/${src}`;
      if (t[name as keyof typeof t] !== undefined) reads.push(String(name));
      return t[name as keyof typeof t];
    },
  });
}

test('a page key over a story with a cover reads none of the image’s fields, yet changes with the image', () => {
  const reads: string[] = [];
  const story = { slug: 'a', title: 'Tiêu đề', cover: astroImage('/_astro/anh.AAAA.jpg', reads) };
  const key = pageKey(story);
  expect(reads).toEqual([]);
  expect(pageKey({ ...story, cover: astroImage('/_astro/anh.BBBB.jpg', reads) })).not.toBe(key);
  expect(pageKey({ ...story, cover: astroImage('/_astro/anh.AAAA.jpg', reads) })).toBe(key);
  expect(reads).toEqual([]);
  // Positive control: plain JSON.stringify, which the key used before, reads every field.
  JSON.stringify(story);
  expect(reads).toEqual(['src', 'width', 'height', 'format']);
});
