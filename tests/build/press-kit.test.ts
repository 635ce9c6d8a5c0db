/**
 * The press kit, feeds and open data of the fixture site, read back from the built
 * files with real parsers: PNG and JPEG (sharp), JSON-LD (JSON), QR (jsQR), RSS (fast-xml-parser),
 * CSV (csv-parse). One build for the whole file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildContentRoot, listFiles, readPage } from '../../scripts/lib/build.ts';
import type { OpenDataRecord } from '../../src/lib/open-data.ts';
import { CSV_COLUMNS } from '../../src/lib/open-data.ts';
import { vi } from '../../src/i18n/vi.ts';
import { BASIC_ROOT } from '../helpers/content-root.ts';

const SITE = 'https://vi-du.test';
const DRAFT = 'ban-nhap-kiem-thu';
let outDir: string;
let files: string[];
/** Published slugs, read from the fixture's story files rather than from the build. */
let published: string[];
let records: OpenDataRecord[];
/** What the build printed. */
let output: string;

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });
const read = (file: string) => readFile(path.join(outDir, file), 'utf8');
const canonical = (slug: string) => `${SITE}/dien-hinh/${slug}/`;
/** Published stories with a cover photo, read from their files: their card is og.jpg (src/lib/press-urls.ts, ogCardFile). */
const COVER_STORIES = new Set<string>();

beforeAll(async () => {
  const build = await buildContentRoot(BASIC_ROOT, { SITE_URL: SITE });
  expect(build.code, build.output).toBe(0);
  output = build.output;
  outDir = build.outDir;
  files = await listFiles(outDir);
  const stories = path.join(BASIC_ROOT, 'stories');
  published = [];
  for (const entry of await readdir(stories, { withFileTypes: true })) {
    const file = entry.isDirectory() ? path.join(stories, entry.name, 'index.mdx') : path.join(stories, entry.name);
    const text = await readFile(file, 'utf8');
    if (/^draft: true$/m.test(text)) continue;
    published.push(entry.name.replace(/\.mdx$/, ''));
    if (/^cover: /m.test(text)) COVER_STORIES.add(entry.name);
  }
  published.sort();
  records = JSON.parse(await read('du-lieu/dien-hinh.json')).items;
});

describe('every profile, for the press', () => {
  test('the fixture has published stories and a draft to keep out', () => {
    expect(published).toHaveLength(4);
    expect(published).not.toContain(DRAFT);
  });

  test('the flat cards were handed to the warm-up before the pages: one per published story without a cover', () => {
    const flat = published.filter((slug) => !COVER_STORIES.has(slug)).length;
    expect(output).toMatch(new RegExp(`Press files: \\d+ .*; \\d+ of ${flat} cards found drawn ahead`));
  });

  test('the fixture has stories with and without a cover, so both kinds of card are checked', () => {
    expect(published.filter((slug) => COVER_STORIES.has(slug))).toEqual(['tran-thi-lan']);
    expect(published.filter((slug) => !COVER_STORIES.has(slug)).length).toBeGreaterThan(1);
  });

  test('has a valid 1200×630 Open Graph card, named by og:image, which X reads too: JPEG with a cover, PNG without', async () => {
    for (const slug of published) {
      const [ext, format, type] = COVER_STORIES.has(slug) ? ['jpg', 'jpeg', 'image/jpeg'] : ['png', 'png', 'image/png'];
      const html = await readPage(outDir, `/dien-hinh/${slug}/`);
      const ogImage = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1];
      expect(ogImage, slug).toBe(`${canonical(slug)}og.${ext}`);
      expect(html).toContain(`<meta property="og:image:type" content="${type}">`);
      // The file og:image names exists and is what its type says.
      const card = await readFile(path.join(outDir, new URL(ogImage!).pathname));
      const meta = await sharp(card).metadata();
      expect([meta.format, meta.width, meta.height, meta.exif, meta.xmp, meta.iptc], slug).toEqual([format, 1200, 630, undefined, undefined, undefined]);
      // Nothing stale: the other format's card is not published.
      const other = `dien-hinh/${slug}/og.${ext === 'jpg' ? 'png' : 'jpg'}`;
      expect(files, slug).not.toContain(other);
      // The press kit offers the same file, under its own format.
      expect(html).toContain(
        `<a href="/dien-hinh/${slug}/og.${ext}" download="anh-gioi-thieu-${slug}.${ext}">Tải ảnh giới thiệu bài (${ext.toUpperCase()}, 1200×630 điểm ảnh)</a>`,
      );
      expect(html).toContain(`<meta property="og:url" content="${canonical(slug)}">`);
      // X falls back to og:title, og:description and og:image; repeating them as twitter:* only weighs.
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
      expect(html).toMatch(/<meta name="twitter:image:alt" content="[^"]+">/);
      expect(html).not.toMatch(/<meta name="twitter:(?:title|description|image)"/);
      expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html).toMatch(/<meta property="og:description" content="[^"]{50,}">/);
      expect(html).toMatch(/<meta name="description" content="[^"]{50,}">/);
    }
  });

  test('has JSON-LD that parses: a ProfilePage about its Person or Organization, with every award', async () => {
    for (const slug of published) {
      const html = await readPage(outDir, `/dien-hinh/${slug}/`);
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
      expect(scripts, slug).toHaveLength(1);
      const ld = JSON.parse(scripts[0]![1]!);
      const record = records.find((r) => r.id === slug)!;
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('ProfilePage');
      expect(ld.url).toBe(canonical(slug));
      expect(ld.name).toBe(record.title);
      expect(ld.datePublished).toBe(record.published);
      expect(ld.image).toBe(`${canonical(slug)}og.${COVER_STORIES.has(slug) ? 'jpg' : 'png'}`);
      expect(ld.identifier).toBe(record.story_id);
      expect(ld.mainEntity['@type']).toBe(record.subject_kind === 'ca-nhan' ? 'Person' : 'Organization');
      expect(ld.mainEntity.name).toBe(record.subject_name);
      expect(ld.mainEntity.award.map((a: string) => a.replace(/ \(.*\)$/, ''))).toEqual(record.awards.map((a) => a.name));
      // The downloadable cover, re-encoded without the photo's metadata (or none).
      expect(ld.mainEntity.image).toBe(record.cover_url ?? undefined);
      expect(html).toContain(`<dd data-pagefind-weight="8">${record.subject_name}</dd>`);
    }
  });

  test('has a QR code that decodes to its canonical URL', async () => {
    for (const slug of published) {
      const svg = await readFile(path.join(outDir, 'dien-hinh', slug, 'qr.svg'));
      const { data, info } = await sharp(svg, { density: 300 }).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
      const html = await readPage(outDir, `/dien-hinh/${slug}/`);
      expect(html).toContain(`<link rel="canonical" href="${decoded}">`);
      expect(decoded).toBe(canonical(slug));
    }
  });

  test('has a radio text in plain UTF-8, without markup, that ends with its source', async () => {
    for (const slug of published) {
      const bytes = await readFile(path.join(outDir, 'dien-hinh', slug, 'ban-tin.txt'));
      expect([...bytes.subarray(0, 3)], slug).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
      const record = records.find((r) => r.id === slug)!;
      expect(text).toContain(`\n\n${record.title}\n\n${record.summary}\n\n`);
      expect(text).toMatch(/^BẢN TIN PHÁT THANH – ĐIỂN HÌNH TIÊN TIẾN NAM ĐỊNH\nThời lượng đọc ước tính: /);
      expect(text).not.toMatch(/[<>*_`#{}[\]]|\]\(|&[a-z]+;|^\s*[-+]\s/m);
      expect(text.trimEnd().split('\n').at(-1)).toBe(`Nguồn: ${canonical(slug)}`);
      for (const practice of record.practices) expect(text).toContain(practice);
      // The profile page states the bulletin's own reading time (counted by the loader, the bulletin from the file).
      const duration = text.match(/^Thời lượng đọc ước tính: (.+) \(\d+ tiếng/m)![1]!;
      expect(await readPage(outDir, `/dien-hinh/${slug}/`), slug).toContain(vi.press.radioNote(duration));
    }
  });

  test('shows the press block: citation, permanent URL, QR, cover with credit, radio, embed code and share links', async () => {
    const html = await readPage(outDir, '/dien-hinh/tran-thi-lan/');
    const press = html.slice(html.indexOf('<section class="press"'));
    expect(press).toContain('<h2 id="bao-chi">Dành cho báo chí</h2>');
    expect(press).toContain(
      `“Cô giáo mở lớp học tiếng Anh miễn phí buổi tối”, Điển hình tiên tiến Nam Định, đăng ngày 10/02/2024, ${canonical('tran-thi-lan')}</textarea>`,
    );
    expect(press).toContain(`value="${canonical('tran-thi-lan')}"`);
    expect(press).toContain('<img src="/dien-hinh/tran-thi-lan/qr.svg"');
    expect(press).toContain(
      '<a href="/dien-hinh/tran-thi-lan/anh-bia.jpg" download="anh-bia-tran-thi-lan.jpg">Tải ảnh bìa cỡ gốc (JPG, 1600×1000 điểm ảnh)</a>',
    );
    // The story has a cover, so its card is the JPEG, labelled so.
    expect(press).toContain(
      '<a href="/dien-hinh/tran-thi-lan/og.jpg" download="anh-gioi-thieu-tran-thi-lan.jpg">Tải ảnh giới thiệu bài (JPG, 1200×630 điểm ảnh)</a>',
    );
    const cover = await sharp(await readFile(path.join(outDir, 'dien-hinh/tran-thi-lan/anh-bia.jpg'))).metadata();
    expect([cover.format, cover.width, cover.height, cover.exif]).toEqual(['jpeg', 1600, 1000, undefined]);
    expect(press).toContain('Khi dùng lại ảnh, ghi nguồn: Minh họa: tạo tự động cho bộ kiểm thử');
    expect(press).toContain('đã bỏ thông tin đi kèm: vị trí chụp (GPS)');
    expect(press).toContain('href="/dien-hinh/tran-thi-lan/ban-tin.txt"');
    expect(press).toContain(`&lt;iframe src=&quot;${canonical('tran-thi-lan')}nhung/&quot;`);
    expect(press).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical('tran-thi-lan'))}"`);
    expect(press).toContain(`href="https://sp.zalo.me/share_to_zalo?url=${encodeURIComponent(canonical('tran-thi-lan'))}"`);
    // Plain links only: no script on the page, nothing loaded from another site by the block.
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(press).not.toMatch(/\b(?:src|srcset)="https?:/);
  });
});

describe('the embeddable card', () => {
  test('is a small self-contained page per profile: photo, name, summary, link back, no script, not indexed', async () => {
    // Cards without a cover are written by the press-files workers, cards with one rendered by Astro: one stylesheet for both.
    const stylesheets = new Set<string>();
    for (const slug of published) {
      const html = await readPage(outDir, `/dien-hinh/${slug}/nhung/`);
      const record = records.find((r) => r.id === slug)!;
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
      expect(html).toContain(record.subject_name);
      expect(html).toContain(record.summary);
      expect(html).toContain(`<a href="${canonical(slug)}" target="_blank" rel="noopener">`);
      expect(html).not.toContain('<script');
      expect(html).not.toContain('class="site-header"');
      expect(html).not.toContain('style="');
      if (record.cover_url) expect(html).toMatch(/<img [^>]*width="\d+" height="\d+"/);
      const stylesheet = /<head>.*<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)"><\/head>/.exec(html)?.[1];
      expect(stylesheet, slug).toBeDefined();
      expect(await read(stylesheet!), slug).toContain('.embed-card');
      stylesheets.add(stylesheet!);
    }
    expect(stylesheets.size).toBe(1);
    expect(records.some((r) => r.cover_url) && records.some((r) => !r.cover_url)).toBe(true);
  });

  test('may be framed by any site, while every other page may not (_headers)', async () => {
    const headers = await read('_headers');
    const rules = headers.split(/\n(?=\/)/).filter((block) => block.startsWith('/'));
    const rule = (pattern: string) => rules.find((r) => r.split('\n')[0] === pattern) ?? '';
    expect(rule('/*')).toContain("Content-Security-Policy: frame-ancestors 'none'");
    expect(rule('/*')).toContain('X-Frame-Options: DENY');
    expect(rule('/dien-hinh/:slug/nhung/')).toContain('Content-Security-Policy: frame-ancestors *');
    expect(rule('/dien-hinh/:slug/nhung/')).toContain('! X-Frame-Options');
    expect(headers.match(/frame-ancestors \*/g)).toHaveLength(1);
  });
});

describe('feeds', () => {
  const feedFiles = () => files.filter((f) => f.endsWith('rss.xml'));

  test('are RSS 2.0 with the required channel and item elements, links on SITE_URL', async () => {
    expect(feedFiles()).toContain('rss.xml');
    for (const file of feedFiles()) {
      const { rss } = xml.parse(await read(file));
      expect(rss['@_version'], file).toBe('2.0');
      for (const element of ['title', 'link', 'description']) expect(rss.channel[element], `${file} ${element}`).toBeTruthy();
      expect(rss.channel['atom:link']['@_href']).toBe(`${SITE}/${file}`);
      for (const item of rss.channel.item ?? []) {
        expect(item.title, file).toBeTruthy();
        expect(item.description, file).toBeTruthy();
        expect(item.link).toMatch(new RegExp(`^${SITE}/dien-hinh/[a-z0-9-]+/$`));
        expect(item.guid['#text']).toBe(item.link);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
        expect(item['media:content']['@_url']).toMatch(/^https:\/\/vi-du\.test\//);
      }
    }
  });

  test('the site feed lists every published story with its full summary, newest first, the cover as enclosure', async () => {
    const items = xml.parse(await read('rss.xml')).rss.channel.item;
    expect(items.map((i: { link: string }) => i.link).sort()).toEqual(published.map(canonical));
    expect(items.map((i: { link: string }) => i.link)).toEqual(records.map((r) => r.url));
    for (const item of items) expect(item.description).toBe(records.find((r) => r.url === item.link)!.summary);
    const lan = items.find((i: { link: string }) => i.link === canonical('tran-thi-lan'));
    expect(lan.enclosure['@_type']).toBe('image/jpeg');
    const enclosure = new URL(lan.enclosure['@_url']).pathname;
    expect(Number(lan.enclosure['@_length'])).toBe((await readFile(path.join(outDir, enclosure))).length);
    expect(lan['media:content']['media:credit']).toBe('Minh họa: tạo tự động cho bộ kiểm thử');
  });

  test('each field, place and kind has a feed of exactly its stories, announced on its pages', async () => {
    const groups = [
      ['linh-vuc', (r: OpenDataRecord) => r.field_id],
      ['dia-phuong', (r: OpenDataRecord) => r.locality_id],
      ['doi-tuong', (r: OpenDataRecord) => r.subject_kind],
    ] as const;
    for (const [taxonomy, idOf] of groups) {
      const listPages = files.filter((f) => new RegExp(`^${taxonomy}/[^/]+/index\\.html$`).test(f));
      // An old address that redirects to a replaced term is not a list and has no feed.
      const pages: string[] = [];
      for (const page of listPages) if (!(await read(page)).includes('http-equiv="refresh"')) pages.push(page);
      expect(pages.length, taxonomy).toBeGreaterThan(0);
      for (const page of pages) {
        const id = page.split('/')[1]!;
        const feed = `${taxonomy}/${id}/rss.xml`;
        expect(files, feed).toContain(feed);
        const items = xml.parse(await read(feed)).rss.channel.item ?? [];
        expect(items.map((i: { link: string }) => i.link), feed).toEqual(records.filter((r) => idOf(r) === id).map((r) => r.url));
        expect(await read(page)).toContain(`<link rel="alternate" type="application/rss+xml" title="Điển hình tiên tiến Nam Định: `);
        expect(await read(page)).toContain(`href="/${feed}">`);
        expect(await read(page)).toContain(`<a href="/${feed}">Theo dõi mục này qua RSS</a>`);
      }
    }
    expect(files.filter((f) => /^(khen-thuong|nam)\/.*rss\.xml$/.test(f))).toEqual([]);
  });

  test('every page for readers announces the site feed', async () => {
    // Embed cards, the 404 page and the form editor for press officers are not pages to follow.
    const forReaders = (f: string) => f.endsWith('.html') && !f.includes('/nhung/') && f !== '404.html' && !f.startsWith('quan-tri/');
    for (const page of files.filter(forReaders)) {
      const html = await read(page);
      if (html.includes('http-equiv="refresh"')) continue;
      expect(html, page).toContain('<link rel="alternate" type="application/rss+xml" title="Điển hình tiên tiến Nam Định: điển hình mới đăng" href="/rss.xml">');
    }
  });
});

describe('open data', () => {
  test('the JSON lists one record per published profile, with licence and sample flag', async () => {
    const document = JSON.parse(await read('du-lieu/dien-hinh.json'));
    expect(document.licence.id).toBe('CC-BY-4.0');
    expect(document.sample).toBe(true);
    expect(document.count).toBe(published.length);
    expect(records.map((r) => r.id).sort()).toEqual(published);
    for (const r of records) {
      expect(r.url).toBe(canonical(r.id));
      expect(r.awards.length).toBeGreaterThan(0);
      expect(r.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const lan = records.find((r) => r.id === 'tran-thi-lan')!;
    expect(lan.story_id).toBe('DH0002');
    expect(lan.cover_url).toBe(`${canonical('tran-thi-lan')}anh-bia.jpg`);
    expect(lan.cover_credit).toBe('Minh họa: tạo tự động cho bộ kiểm thử');
  });

  test('the CSV is UTF-8 with BOM, one row per profile, the same values as the JSON', async () => {
    const bytes = await readFile(path.join(outDir, 'du-lieu/dien-hinh.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parseCsv(bytes, { bom: true, columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
    for (const [i, row] of rows.entries()) {
      const r = records[i]!;
      expect(row.title).toBe(r.title);
      expect(row.subject_name).toBe(r.subject_name);
      expect(row.summary).toBe(r.summary);
      expect(row.award_ids).toBe(r.awards.map((a) => a.id).join(' | '));
      expect(row.practices).toBe(r.practices.join(' | '));
    }
  });

  test('the /du-lieu/ page describes every column and the licence, says the data is sample, and every page links it', async () => {
    const html = await readPage(outDir, '/du-lieu/');
    for (const column of CSV_COLUMNS) expect(html).toContain(`<code>${column}</code>`);
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('dữ liệu mẫu');
    expect(html).toContain('href="/du-lieu/dien-hinh.csv"');
    expect(html).toContain('href="/du-lieu/dien-hinh.json"');
    for (const page of ['index.html', 'dien-hinh/nguyen-van-an/index.html', 'gioi-thieu/index.html']) {
      expect(await read(page)).toMatch(/<footer class="site-footer">[\s\S]*href="\/du-lieu\/"/);
    }
  });
});

test('a draft is in no feed, data file, radio text, card, QR code or image', async () => {
  expect(files.some((f) => f.includes(DRAFT))).toBe(false);
  for (const file of files.filter((f) => /\.(xml|json|csv|txt|svg|html)$/.test(f))) {
    const text = await read(file);
    expect(text, file).not.toContain(DRAFT);
    expect(text, file).not.toContain('Bản nháp không bao giờ được đăng');
  }
});
