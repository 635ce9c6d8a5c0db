import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { makeContentRoot, storyText } from '../helpers/content-root.ts';
import { buildContentRoot, listFiles, pagePaths, readPage } from '../../scripts/lib/build.ts';
import { validStory } from '../helpers/story.ts';

const STORY_COUNT = 30;
const slugOf = (i: number) => `dien-hinh-so-${String(i).padStart(2, '0')}`;

describe('a build pointed at another content root', () => {
  test('produces exactly that root’s stories, paginated 24 to a page, covers lazy below the fold', async () => {
    const cover = await sharp({ create: { width: 1400, height: 900, channels: 3, background: '#4a7c59' } })
      .jpeg()
      .toBuffer();
    const files: Record<string, string | Uint8Array> = {};
    for (let i = 1; i <= STORY_COUNT; i++) {
      // Story 30 is the newest; stories 30 and 25 have covers (first and sixth on page 1).
      const published = new Date(Date.UTC(2024, 0, i)).toISOString().slice(0, 10);
      const withCover = i === 30 || i === 25;
      const story = validStory({
        title: `Điển hình thử nghiệm số ${i}`,
        published,
        ...(withCover ? { cover: './anh.jpg', coverAlt: 'Ảnh thử nghiệm', coverCredit: 'Ảnh: bộ kiểm thử' } : {}),
      });
      if (withCover) {
        files[`stories/${slugOf(i)}/index.mdx`] = storyText(story);
        files[`stories/${slugOf(i)}/anh.jpg`] = cover;
      } else files[`stories/${slugOf(i)}.mdx`] = storyText(story);
    }
    const root = await makeContentRoot(files);
    const build = await buildContentRoot(root);
    expect(build.code, build.output).toBe(0);

    const built = pagePaths(await listFiles(build.outDir));
    const profiles = built.filter((p) => /^\/dien-hinh\/[^/]+\/$/.test(p) && p !== '/dien-hinh/trang/');
    expect(profiles).toEqual(Array.from({ length: STORY_COUNT }, (_, i) => `/dien-hinh/${slugOf(i + 1)}/`));
    expect(built).not.toContain('/dien-hinh/tran-thi-lan/');

    const page1 = await readPage(build.outDir, '/dien-hinh/');
    const page2 = await readPage(build.outDir, '/dien-hinh/trang/2/');
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
    const sitemap = await readFile(path.join(build.outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/dien-hinh/trang/2/');
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
