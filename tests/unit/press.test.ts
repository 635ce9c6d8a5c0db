import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { listStoryFiles } from '../../src/content-rules/story-files.ts';
import { splitStory, type StorySource } from '../../src/content-rules/story-source.ts';
import { vi } from '../../src/i18n/vi.ts';
import { citation } from '../../src/lib/citation.ts';
import { csvField, toCsv } from '../../src/lib/csv.ts';
import { embedSnippet } from '../../src/lib/embed-snippet.ts';
import { SITE } from '../../src/config.ts';
import { FEED_SIZE, feedXml, type FeedStory } from '../../src/lib/feed.ts';
import { termFeedResponse } from '../../src/lib/term-feed.ts';
import { profileJsonLd } from '../../src/lib/json-ld.ts';
import { mdxParagraphs } from '../../src/lib/mdx-text.ts';
import { flatCardPalette, ogImage, renderOgCard, renderOgPixels } from '../../src/lib/og-image.ts';
import { metadataIn } from '../../src/lib/image-metadata.ts';
import { ogCardFile } from '../../src/lib/press-urls.ts';
import { OG_LAYOUT, OG_WIDTH } from '../../src/lib/og-card.ts';
import { ogCardFor } from '../../src/lib/og-story.ts';
import { CSV_COLUMNS, openDataCsv, openDataJson, openDataRecord } from '../../src/lib/open-data.ts';
import { qrSvg } from '../../src/lib/qr-svg.ts';
import { bodySyllables, radioDuration, radioText } from '../../src/lib/radio-text.ts';
import { countSyllables, readingDuration } from '../../src/lib/reading-time.ts';
import { RgbCanvas } from '../../src/lib/rgb-canvas.ts';
import { shareLinks } from '../../src/lib/share-links.ts';
import { buildSite } from '../../src/lib/site.ts';
import type { Story } from '../../src/lib/story.ts';
import { day, entry, vocabularies } from '../helpers/fake-site.ts';
import { gpsPhoto } from '../helpers/gps-photo.ts';

const URL_ = 'https://vi-du.test/dien-hinh/nguyen-van-an/';

/** One resolved story; overrides go to the fake entry. */
/** The bodies of the sample stories in content/stories/, split as the build splits them. */
async function sampleBodies(): Promise<string[]> {
  const { files } = await listStoryFiles(path.resolve('content/stories'), (f) => f);
  return Promise.all(files.map(async (f) => (splitStory(await readFile(f.path, 'utf8')) as StorySource).body));
}

function story(overrides: Parameters<typeof entry>[0] = {}): Story {
  return buildSite([entry({ id: 'nguyen-van-an', ...overrides })], vocabularies).stories[0]!;
}

/** Markup that must never reach a radio text: Markdown marks, HTML tags, MDX braces. */
const MARKUP = /[<>*_`#{}[\]]|\]\(|^\s*[-+]\s/m;

describe('CSV', () => {
  test('a field is quoted only when it must be, with quotes doubled', () => {
    expect(csvField('Hải Hậu')).toBe('Hải Hậu');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('nói "có"')).toBe('"nói ""có"""');
    expect(csvField('hai\ndòng')).toBe('"hai\ndòng"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(2024)).toBe('2024');
    expect(csvField(false)).toBe('false');
  });

  test('a document starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['id', 'ten'], [['a', 'Đức'], ['b', 'x,y']])).toBe('\uFEFFid,ten\r\na,Đức\r\nb,"x,y"\r\n');
  });
});

describe('reading aloud', () => {
  test('syllables are space-separated words with a letter or digit; dashes are silent', () => {
    expect(countSyllables('Xã Giao Hòa – 14 tổ công nghệ số.')).toBe(8);
    expect(countSyllables('  ')).toBe(0);
  });

  test('reading time at 250 syllables a minute, to 10 seconds', () => {
    expect(readingDuration(250)).toEqual({ minutes: 1, seconds: 0 });
    expect(readingDuration(625)).toEqual({ minutes: 2, seconds: 30 });
    expect(readingDuration(1)).toEqual({ minutes: 0, seconds: 10 });
    expect(vi.press.duration(2, 30)).toBe('2 phút 30 giây');
    expect(vi.press.duration(0, 40)).toBe('40 giây');
    expect(vi.press.duration(3, 0)).toBe('3 phút');
  });

  test('an MDX body becomes the paragraphs the page shows: no imports, expressions, code, images or marks', () => {
    const body = [
      "import Anh from './anh.astro';",
      '',
      '## Từ ruộng đến chợ',
      '',
      'Ông **An** chọn giống _tốt_ và [chia sẻ](/a/) cho cả `xóm`.',
      '',
      '- Giữ giống',
      '- Ghi chép\\* mùa vụ',
      '',
      '> Làm thật, ăn thật.',
      '',
      '<Callout>Bà con đến học.</Callout>',
      '',
      '{new Date().getFullYear()}',
      '',
      '![ảnh](./a.jpg)',
      '',
      '```js',
      'console.log(1);',
      '```',
      '',
      '{/* ghi chú của người soạn */}',
      '',
      '<div>Chữ trong thẻ cũng hiện trên trang.</div>',
    ].join('\n');
    expect(mdxParagraphs(body)).toEqual([
      'Từ ruộng đến chợ.',
      'Ông An chọn giống tốt và chia sẻ cho cả xóm.',
      'Giữ giống',
      'Ghi chép* mùa vụ',
      'Làm thật, ăn thật.',
      'Bà con đến học.',
      'Chữ trong thẻ cũng hiện trên trang.',
    ]);
  });

  test('a profile page’s reading time, from the body’s syllables the loader keeps, is the bulletin’s own', async () => {
    const bodies = [
      'Ông **An** làm ruộng ba mươi năm.\n\n## Bí quyết\n\nGiữ giống.',
      '| Năm | Số hộ |\n|---|---|\n| 2023 | 12 |\n\n- Một\n- Hai, *ba*\n\n<TrichDan nguoiNoi="Bà Hoa">Làm thì mới bền.</TrichDan>\n\n![Ảnh](./a.jpg)',
      // Every sample story's body, as a press officer writes it.
      ...(await sampleBodies()),
    ];
    expect(bodies.length).toBeGreaterThan(5);
    for (const [i, body] of bodies.entries()) {
      const s = story({ practices: i % 2 ? [] : ['Chọn giống tốt.', 'Ghi sổ mùa vụ.'] });
      const { syllables, duration } = radioText(s, body, URL_);
      expect(radioDuration(s, bodySyllables(body)), body.slice(0, 40)).toEqual({ syllables, duration });
    }
    // Control: the count differs when the body's words are not counted.
    const s = story();
    expect(radioDuration(s, 0).syllables).toBeLessThan(radioText(s, bodies[0]!, URL_).syllables);
  });

  test('the radio text reads title, intro, story, practices in words and a closing line, then the source', () => {
    const s = story({
      title: 'Người giữ giống lúa thơm',
      summary: 'Ông An giữ giống lúa thơm của làng.',
      practices: ['Chọn hạt giống từ khóm lúa khỏe.', 'Ghi sổ mùa vụ.'],
      sample: true,
    });
    const radio = radioText(s, 'Ông **An** làm ruộng ba mươi năm.\n\n## Bí quyết\n\nGiữ giống.', URL_);
    const paragraphs = radio.text.trim().split('\n\n');
    expect(paragraphs[0]).toBe(
      [
        'BẢN TIN PHÁT THANH – ĐIỂN HÌNH TIÊN TIẾN NAM ĐỊNH',
        `Thời lượng đọc ước tính: ${radio.duration} (${radio.syllables} tiếng, tốc độ 250 tiếng mỗi phút).`,
        vi.press.radio.sample,
      ].join('\n'),
    );
    expect(paragraphs.slice(1)).toEqual([
      'Người giữ giống lúa thơm',
      'Ông An giữ giống lúa thơm của làng.',
      'Ông An làm ruộng ba mươi năm.',
      'Bí quyết.',
      'Giữ giống.',
      'Những cách làm hay của Nguyễn Văn An mà bà con có thể học tập, làm theo:',
      'Thứ nhất: Chọn hạt giống từ khóm lúa khỏe.',
      'Thứ hai: Ghi sổ mùa vụ.',
      'Quý vị vừa nghe câu chuyện về Nguyễn Văn An, do trang Điển hình tiên tiến Nam Định giới thiệu.',
      `Nguồn: ${URL_}`,
    ]);
    expect(radio.text).not.toMatch(MARKUP);
    expect(radio.duration).toBe('20 giây');
    expect(radio.syllables).toBe(countSyllables(paragraphs.slice(1, -1).join(' ')));
  });
});

describe('citation, sharing and embedding', () => {
  test('a citation names title, site, dates and the permanent URL', () => {
    expect(citation(story({ title: 'Người giữ giống', published: day('2024-03-15') }), URL_)).toBe(
      `“Người giữ giống”, Điển hình tiên tiến Nam Định, đăng ngày 15/03/2024, ${URL_}`,
    );
    expect(citation(story({ title: 'Người giữ giống', published: day('2024-03-15'), updated: day('2024-06-01') }), URL_)).toBe(
      `“Người giữ giống”, Điển hình tiên tiến Nam Định, đăng ngày 15/03/2024, cập nhật ngày 01/06/2024, ${URL_}`,
    );
  });

  test('share links are plain URLs with the page address encoded', () => {
    const links = shareLinks('https://vi-du.test/dien-hinh/a/?x=1&y=2');
    expect(links.facebook).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fvi-du.test%2Fdien-hinh%2Fa%2F%3Fx%3D1%26y%3D2');
    expect(new URL(links.zalo).searchParams.get('url')).toBe('https://vi-du.test/dien-hinh/a/?x=1&y=2');
  });

  test('the embed snippet is one iframe with escaped attributes and no script', () => {
    const snippet = embedSnippet(`${URL_}nhung/`, 'Tổ “Đồng Tâm” & <bạn>', false);
    expect(snippet).toBe(
      `<iframe src="${URL_}nhung/" title="Tổ “Đồng Tâm” &amp; &lt;bạn&gt;" width="560" height="520" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    );
    expect(embedSnippet(URL_, 'a"b', true)).toContain('title="a&quot;b" width="560" height="680"');
  });
});

describe('JSON-LD', () => {
  const urls = { url: URL_, image: `${URL_}og.png`, site: { name: vi.siteName, url: 'https://vi-du.test/' } };

  test('an individual is a Person with job title and every award, inside a ProfilePage', () => {
    const s = story({
      subject: { kind: 'ca-nhan', name: 'Nguyễn Văn An', role: 'Nông dân' },
      awards: [{ award: 'giay-khen', year: 2020 }, { award: 'anh-hung-lao-dong', year: 2023, decision: 'Số 5/QĐ-CTN' }],
      published: day('2024-01-02'),
    });
    const ld = JSON.parse(JSON.stringify(profileJsonLd(s, { ...urls, cover: 'https://vi-du.test/dien-hinh/a/anh-bia.jpg' })));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: URL_,
      inLanguage: 'vi',
      datePublished: '2024-01-02',
      dateModified: '2024-01-02',
      image: `${URL_}og.png`,
      isPartOf: { '@type': 'WebSite', name: vi.siteName, url: 'https://vi-du.test/' },
      mainEntity: {
        '@type': 'Person',
        name: 'Nguyễn Văn An',
        jobTitle: 'Nông dân',
        award: ['Anh hùng Lao động (2023, Số 5/QĐ-CTN)', 'Giấy khen (2020)'],
        image: 'https://vi-du.test/dien-hinh/a/anh-bia.jpg',
      },
    });
    expect(ld.mainEntity).not.toHaveProperty('address');
  });

  test('a collective and a household are Organizations, the household said so', () => {
    const org = profileJsonLd(story({ subject: { kind: 'tap-the', name: 'HTX Đồng Tâm' } }), urls);
    expect(org.mainEntity).toMatchObject({ '@type': 'Organization', name: 'HTX Đồng Tâm', description: 'Tập thể' });
    const home = profileJsonLd(story({ subject: { kind: 'ho-gia-dinh', name: 'Gia đình ông Lê Bình' }, updated: day('2024-05-05') }), urls);
    expect(home.mainEntity).toMatchObject({ '@type': 'Organization', description: 'Hộ gia đình', location: { name: 'Huyện Hải Hậu' } });
    expect(home.dateModified).toBe('2024-05-05');
  });
});

describe('open data', () => {
  const record = (s: Story) => openDataRecord(s, { url: URL_, radio: `${URL_}ban-tin.txt` });

  test('a record has ids and names side by side, dates as YYYY-MM-DD and lists as lists', () => {
    const r = record(
      story({
        awards: [{ award: 'giay-khen', year: 2020 }, { award: 'bang-khen-thu-tuong', year: 2022, decision: 'Số 1, ngày 2' }],
        movement: 'thi-dua-yeu-nuoc',
        practices: ['Một', 'Hai'],
        published: day('2024-03-15'),
      }),
    );
    expect(r).toMatchObject({
      id: 'nguyen-van-an',
      url: URL_,
      subject_kind: 'ca-nhan',
      field_id: 'nong-nghiep',
      field_name: 'Nông nghiệp',
      locality_name: 'Huyện Hải Hậu',
      movement_name: 'Phong trào thi đua yêu nước',
      award_years: [2022, 2020],
      published: '2024-03-15',
      updated: null,
      cover_url: null,
      practices: ['Một', 'Hai'],
    });
    expect(r.awards.map((a) => a.id)).toEqual(['bang-khen-thu-tuong', 'giay-khen']);
  });

  test('the JSON is the document as given, one record a line', () => {
    const items = [record(story({ title: 'Tiêu đề có "ngoặc kép"\nvà xuống dòng' })), record(story())];
    const document = { name: 'Điển hình', count: 2, items };
    const json = openDataJson(document);
    expect(JSON.parse(json)).toEqual(document);
    const lines = json.trimEnd().split('\n');
    expect(lines).toHaveLength(items.length + 2);
    expect(lines.slice(1, -1).map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual(items);
    expect(JSON.parse(openDataJson({ items: [] }))).toEqual({ items: [] });
  });

  test('the CSV has one line per record, every column described on the open data page', () => {
    const records = [record(story({ title: 'Tiêu đề, có dấu phẩy' })), record(story())];
    const csv = openDataCsv(records);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toContain('"Tiêu đề, có dấu phẩy"');
    expect(Object.keys(vi.press.data.fields)).toEqual([...CSV_COLUMNS]);
  });
});

describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const feedStory = (s: Story): FeedStory => ({
    story: s,
    url: `https://vi-du.test/dien-hinh/${s.slug}/`,
    ogImage: { url: `https://vi-du.test/dien-hinh/${s.slug}/og.png`, file: ogCardFile(s) },
  });

  test('a field, place or kind feed lists only its newest stories, as many as src/config.ts sets', async () => {
    expect(FEED_SIZE).toBe(SITE.feedSize);
    const site = buildSite(
      Array.from({ length: FEED_SIZE * 2 }, (_, i) => entry({ id: `bai-${i}`, published: new Date(Date.UTC(2020, 0, 1 + i)) })),
      vocabularies,
    );
    const response = await termFeedResponse(
      { name: 'Nông nghiệp', stories: site.stories, feedPath: '/linh-vuc/nong-nghiep/rss.xml', listPath: '/linh-vuc/nong-nghiep/' },
      new URL('https://vi-du.test/'),
    );
    const items = parser.parse(await response.text()).rss.channel.item as { link: string }[];
    expect(items.map((i) => i.link)).toEqual(site.stories.slice(0, FEED_SIZE).map((s) => `https://vi-du.test/dien-hinh/${s.slug}/`));
    expect(items[0]!.link).toBe(`https://vi-du.test/dien-hinh/bai-${FEED_SIZE * 2 - 1}/`);
  });

  test('an RSS 2.0 channel lists the newest stories first, at most FEED_SIZE, each with summary and picture', async () => {
    const site = buildSite(
      Array.from({ length: FEED_SIZE + 5 }, (_, i) => entry({ id: `bai-${i}`, published: new Date(Date.UTC(2020, 0, 1 + i)) })),
      vocabularies,
    );
    const xml = await feedXml({
      title: 'Kênh thử',
      description: 'Mô tả',
      home: 'https://vi-du.test/',
      self: 'https://vi-du.test/rss.xml',
      stories: site.stories.map(feedStory),
    });
    const { rss } = parser.parse(xml);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel).toMatchObject({ title: 'Kênh thử', link: 'https://vi-du.test/', description: 'Mô tả', language: 'vi' });
    expect(rss.channel['atom:link']['@_href']).toBe('https://vi-du.test/rss.xml');
    expect(rss.channel.item).toHaveLength(FEED_SIZE);
    const first = rss.channel.item[0];
    expect(first.link).toBe(`https://vi-du.test/dien-hinh/bai-${FEED_SIZE + 4}/`);
    expect(first.guid['#text']).toBe(first.link);
    expect(first.description).toBe('Tóm tắt.');
    expect(new Date(first.pubDate).toISOString()).toBe(new Date(Date.UTC(2020, 0, FEED_SIZE + 5)).toISOString());
    expect(first['media:content']['@_url']).toBe(`https://vi-du.test/dien-hinh/bai-${FEED_SIZE + 4}/og.png`);
    expect(first['media:content']['@_type']).toBe('image/png');
    expect(first.category).toContain('Nông nghiệp');
  });

  test('a story with a cover carries it as enclosure and as Media RSS content with its credit', async () => {
    const s = { ...story(), coverCredit: 'Ảnh: Đài huyện' };
    const file = { path: '/dien-hinh/a/anh-bia.jpg', fsPath: '/x/a.jpg', mimeType: 'image/jpeg', format: 'jpg', width: 1600, height: 900 } as const;
    const xml = await feedXml({
      title: 't',
      description: 'd',
      home: 'https://vi-du.test/',
      self: 'https://vi-du.test/rss.xml',
      stories: [{ ...feedStory(s), cover: { url: 'https://vi-du.test/dien-hinh/a/anh-bia.jpg', file, bytes: 1234 } }],
    });
    const item = parser.parse(xml).rss.channel.item;
    expect(item.enclosure).toEqual({ '@_url': 'https://vi-du.test/dien-hinh/a/anh-bia.jpg', '@_length': '1234', '@_type': 'image/jpeg' });
    expect(item['media:content']['media:credit']).toBe('Ảnh: Đài huyện');
  });
});

describe('QR code and Open Graph image', () => {
  test('the QR code decodes to the URL it was made for, whatever the URL holds (a long run of digits, a Vietnamese letter)', async () => {
    for (const url of [URL_, 'https://to-chuc.github.io/dien-hinh/doi-12345678901234567890/', 'https://vi-du.test/tìm-kiếm/?q=đường']) {
      const { data, info } = await sharp(Buffer.from(await qrSvg(url)), { density: 300 })
        .flatten({ background: '#ffffff' })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data, url).toBe(url);
    }
  });

  test('the card is og.jpg for a story with a cover and og.png without one, under the profile', () => {
    expect(ogCardFile({ slug: 'co-anh', cover: {} })).toEqual({ path: '/dien-hinh/co-anh/og.jpg', format: 'jpg', mimeType: 'image/jpeg' });
    expect(ogCardFile(story())).toEqual({ path: '/dien-hinh/nguyen-van-an/og.png', format: 'png', mimeType: 'image/png' });
  });

  test('a card is a 1200×630 PNG, drawn once and then read from the cache', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'og-cache-'));
    const card = ogCardFor(story({ title: 'Đặng Thị Ngọc Hiển: người giữ nghề đúc đồng Tống Xá' }));
    const first = await ogImage(card, undefined, 'png', cacheDir);
    const meta = await sharp(first).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    const [stored] = await readdir(cacheDir);
    expect(stored).toMatch(/\.png$/);
    expect(await readFile(path.join(cacheDir, stored!))).toEqual(first);
    // Read back, not redrawn: what the cache holds is what comes back, even when it is not a card.
    await writeFile(path.join(cacheDir, stored!), 'kept');
    expect((await ogImage(card, undefined, 'png', cacheDir)).toString()).toBe('kept');
    expect(await readdir(cacheDir)).toHaveLength(1);
    await ogImage({ ...card, title: 'Một tiêu đề khác' }, undefined, 'png', cacheDir);
    expect(await readdir(cacheDir)).toHaveLength(2);
  });

  test('the format is part of the cache key: the same card asked as JPEG is drawn as JPEG, not the PNG read back', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'og-cache-'));
    const card = ogCardFor(story());
    const png = await ogImage(card, undefined, 'png', cacheDir);
    const jpeg = await ogImage(card, undefined, 'jpg', cacheDir);
    expect([(await sharp(png).metadata()).format, (await sharp(jpeg).metadata()).format]).toEqual(['png', 'jpeg']);
    expect((await readdir(cacheDir)).map((f) => path.extname(f)).sort()).toEqual(['.jpg', '.png']);
  });

  test('a card without a cover is a small 4-bit palette PNG: every pixel is the palette entry nearest to the drawn one', async () => {
    const card = ogCardFor(story({ title: 'Đặng Thị Ngọc Hiển: người giữ nghề đúc đồng Tống Xá', sample: true }));
    const png = await renderOgCard(card, undefined, 'png');
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height, meta.isPalette, meta.bitsPerSample]).toEqual(['png', 1200, 630, true, 4]);
    expect(png.length).toBeLessThan(30_000);
    const drawn = await renderOgPixels(card);
    const decoded = await sharp(png).raw().toBuffer();
    expect(decoded.length).toBe(drawn.length);
    // The palette: the card's five colours first, as drawn, then blends between them.
    const palette = flatCardPalette().colours;
    expect(palette).toHaveLength(16);
    expect(palette.slice(0, 5).map((rgb) => `#${Buffer.from(rgb).toString('hex')}`)).toEqual(Object.values(OG_LAYOUT.colours));
    const nearest = new Map<string, string>();
    let wrong = 0;
    for (let i = 0; i < drawn.length; i += 3) {
      const colour = drawn.subarray(i, i + 3).toString('hex');
      let expected = nearest.get(colour);
      if (expected === undefined) {
        const distances = palette.map(([r, g, b]) => (drawn[i]! - r) ** 2 + (drawn[i + 1]! - g) ** 2 + (drawn[i + 2]! - b) ** 2);
        expected = Buffer.from(palette[distances.indexOf(Math.min(...distances))]!).toString('hex');
        nearest.set(colour, expected);
      }
      if (decoded.subarray(i, i + 3).toString('hex') !== expected) wrong++;
    }
    expect(wrong).toBe(0);
    // The drawing does use blends (anti-aliased text), and more than the five flat colours come out.
    expect(nearest.size).toBeGreaterThan(100);
    expect(new Set(nearest.values()).size).toBeGreaterThan(10);
  });

  test('a card with a cover photo is a 1200×630 JPEG without metadata, full colour resolution, close to the drawing', async () => {
    const card = { ...ogCardFor(story({ sample: true })), withCover: true };
    const photo = await gpsPhoto();
    const jpeg = await renderOgCard(card, photo, 'jpg');
    const meta = await sharp(jpeg).metadata();
    // 4:4:4: the red site name is not blurred into the background by halved colour resolution.
    expect([meta.format, meta.width, meta.height, meta.chromaSubsampling]).toEqual(['jpeg', 1200, 630, '4:4:4']);
    // The photo carried GPS EXIF, XMP and IPTC; the card carries none of it.
    expect(await metadataIn(jpeg)).toEqual([]);
    const drawn = await renderOgPixels(card, photo);
    const encoded = await sharp(jpeg).raw().toBuffer();
    let squares = 0;
    for (let i = 0; i < drawn.length; i++) squares += (drawn[i]! - encoded[i]!) ** 2;
    const psnr = 10 * Math.log10(255 ** 2 / (squares / drawn.length));
    expect(psnr).toBeGreaterThan(35);
  });

  test('a PNG card with a cover is refused: 16 colours would posterise the photo', async () => {
    await expect(renderOgCard({ ...ogCardFor(story()), withCover: true }, await gpsPhoto(), 'png')).rejects.toThrow(/JPEG/);
  });

  test('a phone photo stored sideways is upright on the card', async () => {
    // The photo's red edge is its left one as stored and its top one once turned (EXIF orientation 6).
    const jpeg = await renderOgCard({ ...ogCardFor(story()), withCover: true }, await gpsPhoto(), 'jpg');
    const left = OG_WIDTH - OG_LAYOUT.coverWidth;
    const { data, info } = await sharp(jpeg).extract({ left, top: 0, width: OG_LAYOUT.coverWidth, height: 630 }).raw().toBuffer({ resolveWithObject: true });
    const red = (y: number) => data[(y * info.width + 200) * info.channels]! - data[(y * info.width + 200) * info.channels + 1]!;
    expect(red(10)).toBeGreaterThan(150);
    expect(red(620)).toBeLessThan(50);
  });
});

describe('drawing helpers', () => {
  test('the canvas blends straight RGBA over RGB, clips to its edges, and pastes RGB', () => {
    const canvas = new RgbCanvas(3, 2, '#ffffff');
    // Opaque red, half-transparent black, fully transparent green; the second row falls off the canvas.
    const layer = Uint8Array.from([255, 0, 0, 255, 0, 0, 0, 128, 0, 255, 0, 0, 9, 9, 9, 255, 9, 9, 9, 255, 9, 9, 9, 255]);
    canvas.blend(layer, 3, 2, 0, 1);
    expect([...canvas.data.subarray(9, 18)]).toEqual([255, 0, 0, 127, 127, 127, 255, 255, 255]);
    canvas.fill(-1, 0, 2, 1, '#a1231b');
    expect([...canvas.data.subarray(0, 6)]).toEqual([0xa1, 0x23, 0x1b, 255, 255, 255]);
    canvas.paste(Uint8Array.from([1, 2, 3, 4, 5, 6]), 2, 1, 2, 0);
    expect([...canvas.data.subarray(6, 9)]).toEqual([1, 2, 3]);
  });

  test('a released canvas lends its memory to the next one, which starts blank again', () => {
    const first = new RgbCanvas(2, 2, '#102030');
    first.fill(0, 0, 2, 2, '#ffffff');
    first.release();
    const second = new RgbCanvas(2, 2, '#102030');
    expect(second.data).toBe(first.data);
    expect([...second.data]).toEqual(Array.from({ length: 4 }, () => [0x10, 0x20, 0x30]).flat());
    // Another background of the same size is not served the first one's blank.
    second.release();
    expect([...new RgbCanvas(2, 2, '#000000').data]).toEqual(new Array(12).fill(0));
  });
});
