import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeContentRoot, storyText } from '../helpers/content-root.ts';
import { gpsPhoto, markersIn, METADATA_MARKERS, redEdge, UPRIGHT } from '../helpers/gps-photo.ts';
import { buildContentRoot, listFiles, pagePaths, readPage } from '../../scripts/lib/build.ts';
import { validStory } from '../helpers/story.ts';

const SITE = 'https://vi-du.test';
const STORY_COUNT = 30;
const slugOf = (i: number) => `dien-hinh-so-${String(i).padStart(2, '0')}`;

describe('a build pointed at another content root', () => {
  describe('of thirty stories, one with phone photos that say where they were taken', () => {
    let outDir: string;
    let files: string[];
    /** Story 30's cover (also shown in its body) and body photo, and a draft's cover and body photo. */
    const uploads: Record<string, Buffer> = {};
    const GPS_STORY = slugOf(30);

    beforeAll(async () => {
      const cover = await sharp({ create: { width: 1400, height: 900, channels: 3, background: '#4a7c59' } })
        .jpeg()
        .toBuffer();
      uploads[`stories/${GPS_STORY}/anh.jpg`] = await gpsPhoto('#4a7c59');
      uploads[`stories/${GPS_STORY}/anh-trong-bai.jpg`] = await gpsPhoto('#336699');
      uploads['stories/ban-nhap-co-anh/anh-nhap.jpg'] = await gpsPhoto('#996633');
      uploads['stories/ban-nhap-co-anh/anh-trong-bai-nhap.jpg'] = await gpsPhoto('#123456');
      const withPhoto = (cover: string) => ({ cover: `./${cover}.jpg`, coverAlt: 'Ảnh thử nghiệm', coverCredit: 'Ảnh: bộ kiểm thử' });
      const body = (cover: string, photo: string) =>
        `Nội dung.\n\n![Ảnh chụp trong bài](./${photo}.jpg)\n\n<HinhAnh chuThich="Ảnh bìa" nguon="Ảnh: bộ kiểm thử">![Ảnh bìa trong bài](./${cover}.jpg)</HinhAnh>\n`;
      const content: Record<string, string | Uint8Array> = { ...uploads };
      for (let i = 1; i <= STORY_COUNT; i++) {
        // Story 30 is the newest; stories 30 and 25 have covers (first and sixth on page 1).
        const published = new Date(Date.UTC(2024, 0, i)).toISOString().slice(0, 10);
        const withCover = i === 30 || i === 25;
        const story = validStory({ title: `Điển hình thử nghiệm số ${i}`, published, ...(withCover ? withPhoto('anh') : {}) });
        if (i === 30) content[`stories/${slugOf(i)}/index.mdx`] = storyText(story, body('anh', 'anh-trong-bai'));
        else if (withCover) {
          content[`stories/${slugOf(i)}/index.mdx`] = storyText(story);
          content[`stories/${slugOf(i)}/anh.jpg`] = cover;
        } else content[`stories/${slugOf(i)}.mdx`] = storyText(story);
      }
      content['stories/ban-nhap-co-anh/index.mdx'] = storyText(
        validStory({ title: 'Bản nháp có ảnh chụp bằng điện thoại', draft: true, ...withPhoto('anh-nhap') }),
        body('anh-nhap', 'anh-trong-bai-nhap'),
      );
      const build = await buildContentRoot(await makeContentRoot(content), { SITE_URL: SITE });
      expect(build.code, build.output).toBe(0);
      outDir = build.outDir;
      files = await listFiles(outDir);
    });

    test('produces exactly that root’s stories, paginated 24 to a page, covers lazy below the fold', async () => {
      const built = pagePaths(files);
      const profiles = built.filter((p) => /^\/dien-hinh\/[^/]+\/$/.test(p) && p !== '/dien-hinh/trang/');
      expect(profiles).toEqual(Array.from({ length: STORY_COUNT }, (_, i) => `/dien-hinh/${slugOf(i + 1)}/`));
      expect(built).not.toContain('/dien-hinh/tran-thi-lan/');

      const page1 = await readPage(outDir, '/dien-hinh/');
      const page2 = await readPage(outDir, '/dien-hinh/trang/2/');
      const cards = (html: string) => [...html.matchAll(/<article class="card">/g)].length;
      expect([cards(page1), cards(page2)]).toEqual([24, 6]);
      expect(page1.indexOf(slugOf(30))).toBeLessThan(page1.indexOf(slugOf(29)));
      expect(page2).toContain(slugOf(1));
      expect(page1).toContain('href="/dien-hinh/trang/2/" rel="next"');
      expect(page2).toContain('href="/dien-hinh/" rel="prev"');
      expect(page2).toContain('<title>Tất cả điển hình (Trang 2/2)');
      expect(built).toContain('/linh-vuc/nong-nghiep/trang/2/');

      const loading = [...page1.matchAll(/<img [^>]*loading="(\w+)"/g)].map((m) => m[1]);
      expect(loading).toEqual(['eager', 'lazy']);
      const sitemap = await readFile(path.join(outDir, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain('/dien-hinh/trang/2/');
    });

    describe('photos that say where they were taken', () => {
      const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
      const profile = `/dien-hinh/${GPS_STORY}/`;

      test('the uploads carry EXIF with GPS, XMP and IPTC (positive control)', () => {
        for (const [file, bytes] of Object.entries(uploads)) expect(markersIn(bytes), file).toEqual(Object.keys(METADATA_MARKERS));
      });

      test('no built file carries EXIF, XMP, IPTC or the coordinates, and none is an upload copied as it is', async () => {
        const uploaded = new Set(Object.values(uploads).map(sha));
        const leaks: string[] = [];
        for (const file of files) {
          const bytes = await readFile(path.join(outDir, file));
          const found = markersIn(bytes);
          if (found.length) leaks.push(`${file}: ${found.join(', ')}`);
          if (uploaded.has(sha(bytes))) leaks.push(`${file}: an upload, unchanged`);
        }
        expect(leaks).toEqual([]);
        // The scan saw the photos: the story's sizes of both, turned upright like the upload is shown.
        const html = await readPage(outDir, profile);
        for (const alt of ['Ảnh chụp trong bài', 'Ảnh bìa trong bài']) {
          const img = new RegExp(`<img [^>]*alt="${alt}"[^>]*>`).exec(html)?.[0] ?? '';
          const attr = (name: string) => new RegExp(` ${name}="([^"]+)"`).exec(img)?.[1];
          const src = attr('src');
          expect(src, alt).toMatch(/^\/_astro\//);
          expect(Number(attr('height'))).toBeGreaterThan(Number(attr('width')));
          expect(files).toContain(src!.slice(1));
          expect((await redEdge(await readFile(path.join(outDir, src!)))).top, alt).toBeGreaterThan(150);
        }
      });

      test('its Open Graph card is the og.jpg its page names, drawn from the upright photo, without EXIF, XMP, IPTC or the coordinates', async () => {
        const card = `dien-hinh/${GPS_STORY}/og.jpg`;
        const html = await readPage(outDir, profile);
        expect(html).toContain(`<meta property="og:image" content="${SITE}/${card}">`);
        expect(html).toContain('<meta property="og:image:type" content="image/jpeg">');
        const jpeg = await readFile(path.join(outDir, card));
        const meta = await sharp(jpeg).metadata();
        expect([meta.format, meta.width, meta.height, meta.exif, meta.xmp, meta.iptc]).toEqual(['jpeg', 1200, 630, undefined, undefined, undefined]);
        expect(markersIn(jpeg)).toEqual([]);
        // The photo panel shows the upright photo: its red edge (the stored left edge) is on top.
        const panel = await sharp(jpeg).extract({ left: 1200 - 440, top: 0, width: 440, height: 630 }).png().toBuffer();
        expect((await redEdge(panel)).top).toBeGreaterThan(150);
        // Nothing stale beside it; and a story without a cover keeps its PNG card (positive control).
        expect(files).not.toContain(`dien-hinh/${GPS_STORY}/og.png`);
        expect(files).toContain(`dien-hinh/${slugOf(1)}/og.png`);
        expect(files).not.toContain(`dien-hinh/${slugOf(1)}/og.jpg`);
        expect(await readPage(outDir, `/dien-hinh/${slugOf(1)}/`)).toContain(`<meta property="og:image" content="${SITE}/dien-hinh/${slugOf(1)}/og.png">`);
      });

      test('the draft’s photos are not in the build in any form', () => {
        // Astro names what it makes from a photo after the photo: anh-nhap.HASH.jpg, anh-nhap.HASH_SIZE.webp.
        expect(files.filter((f) => f.includes('nhap'))).toEqual([]);
      });

      test('the cover for download is an upright JPEG, as large as shown, that the press kit, JSON-LD, feed and open data offer', async () => {
        const file = `dien-hinh/${GPS_STORY}/anh-bia.jpg`;
        const url = `${SITE}/${file}`;
        const jpeg = await readFile(path.join(outDir, file));
        const meta = await sharp(jpeg).metadata();
        expect([meta.format, meta.width, meta.height, meta.orientation]).toEqual(['jpeg', UPRIGHT.width, UPRIGHT.height, undefined]);
        const edge = await redEdge(jpeg);
        expect([edge.top > 150, edge.bottom < 50]).toEqual([true, true]);

        const html = await readPage(outDir, profile);
        expect(html).toContain(
          `<a href="/${file}" download="anh-bia-${GPS_STORY}.jpg">Tải ảnh bìa cỡ gốc (JPG, ${UPRIGHT.width}×${UPRIGHT.height} điểm ảnh)</a>`,
        );
        const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
        expect(ld.mainEntity.image).toBe(url);
        const feed = await readFile(path.join(outDir, 'rss.xml'), 'utf8');
        expect(feed).toContain(`<enclosure url="${url}" length="${jpeg.length}" type="image/jpeg"/>`);
        const data = JSON.parse(await readFile(path.join(outDir, 'du-lieu/dien-hinh.json'), 'utf8'));
        expect(data.items.find((r: { id: string }) => r.id === GPS_STORY).cover_url).toBe(url);
      });
    });
  });

  test('fails on a story with a script in its body, before anything is built', async () => {
    const root = await makeContentRoot({
      'stories/nguoi-tot.mdx': storyText(validStory(), 'Một đoạn văn.\n\n<script>alert(1)</script>\n'),
    });
    const build = await buildContentRoot(root);
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/stories\/nguoi-tot\.mdx:18\n\s+Bài viết không được dùng thẻ <script>/);
    expect(build.output).not.toMatch(/^\s+at /m);
  });

  test('fails on a story with an unknown field id, naming the file and the field, without a stack trace', async () => {
    const root = await makeContentRoot({
      'stories/nguoi-tot.mdx': storyText(validStory({ field: 'nong-nghep' })),
    });
    const build = await buildContentRoot(root);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('stories/nguoi-tot.mdx:7');
    expect(build.output).toContain(
      'field (lĩnh vực): Không có mã “nong-nghep” trong data/fields.yaml. Có phải ý bạn là “nong-nghiep”?',
    );
    expect(build.output).toContain('Dừng tạo trang vì nội dung có lỗi.');
    expect(build.output).not.toMatch(/^\s+at /m);
  });
});
