import { expect, test } from 'vitest';
import { embedPage, embedShowsCover, type EmbedCard } from '../../src/lib/embed-card.ts';
import { buildSite } from '../../src/lib/site.ts';
import { entry, vocabularies } from '../helpers/fake-site.ts';

const card = (overrides: Parameters<typeof entry>[0] = {}): EmbedCard => ({
  story: buildSite([entry({ id: 'an', ...overrides })], vocabularies).stories[0]!,
  url: 'https://vi-du.test/repo/dien-hinh/an/',
  csp: "default-src 'self'; style-src 'self'",
  stylesheet: '/repo/_astro/embed.abc.css',
  favicon: '/repo/favicon.svg',
});

test('the card written by the workers is the whole page: head, stylesheet, the story’s text and links back', () => {
  const html = embedPage(card({ title: 'Tổ “Đồng Tâm”', sample: true }));
  expect(html.startsWith('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; style-src \'self\'">')).toBe(true);
  expect(html).toContain('<title>Thẻ nhúng: Tổ “Đồng Tâm”</title>');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toContain('<link rel="icon" href="/repo/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/repo/_astro/embed.abc.css"></head>');
  expect(html).toContain('<p class="embed-eyebrow">Cá nhân · Huyện Hải Hậu</p>');
  expect(html).toContain('<p class="embed-award">Giấy khen · 2022</p>');
  expect(html.match(/<a href="https:\/\/vi-du\.test\/repo\/dien-hinh\/an\/" target="_blank" rel="noopener">/g)).toHaveLength(2);
  expect(html).toContain('<p class="embed-sample">');
  expect(html.endsWith('</div></article></body></html>')).toBe(true);
  expect(html).not.toMatch(/<script|style="/);
});

test('whatever a story holds stays text: markup, quotes and ampersands are escaped in text and attributes', () => {
  const hostile = '<script>alert(1)</script> "x" & \'y\' <img src=x onerror=alert(2)>';
  const html = embedPage(card({ title: hostile, summary: `${hostile} tóm tắt`, subject: { kind: 'tap-the', name: hostile } }));
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; &#39;y&#39; &lt;img src=x onerror=alert(2)&gt;');
  // In the description attribute, a quote cannot end the value.
  expect(html).toContain('<meta name="description" content="&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &amp; \'y\' &lt;img src=x onerror=alert(2)&gt; tóm tắt">');
  // Positive control: a plain title is written as it is.
  expect(embedPage(card({ title: 'Hợp tác xã An Bình' }))).toContain('<title>Thẻ nhúng: Hợp tác xã An Bình</title>');
});

test('a story with no award and no sample flag has neither line; only a cover with its description is shown', () => {
  const html = embedPage(card({ awards: [], sample: false }));
  expect(html).not.toContain('embed-award');
  expect(html).not.toContain('embed-sample');
  expect(embedShowsCover({ cover: undefined, coverAlt: 'Ảnh' })).toBe(false);
  expect(embedShowsCover({ cover: { src: '/a.jpg', width: 1, height: 1, format: 'jpg' }, coverAlt: undefined })).toBe(false);
  expect(embedShowsCover({ cover: { src: '/a.jpg', width: 1, height: 1, format: 'jpg' }, coverAlt: 'Ảnh' })).toBe(true);
});
