import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { storyDigest } from '../../src/content-rules/read-story.ts';
import { storyLoader } from '../../src/loaders/stories.ts';
import { storyHtml } from '../../src/loaders/story-html.ts';

describe('a story body rendered to HTML while the collection loads', () => {
  test('Markdown becomes HTML, with Vietnamese text, GFM tables and typographic quotes', () => {
    const { html } = storyHtml('Bà con **tin tưởng** và [đọc thêm](https://example.com/a).\n\n"Làm thật" -- ăn thật.\n\n| Năm | Hộ |\n|---|---|\n| 2024 | 12 |\n');
    expect(html).toContain('<p>Bà con <strong>tin tưởng</strong> và <a href="https://example.com/a">đọc thêm</a>.</p>');
    expect(html).toContain('“Làm thật” – ăn thật.');
    expect(html).toMatch(/<table>[\s\S]*<th>Năm<\/th>[\s\S]*<td>2024<\/td>/);
  });

  test('the three story components become the site’s own markup', () => {
    const { html } = storyHtml(
      [
        '<TrichDan nguoiNoi="Ông Trần Văn A">Làm thì mới bền.</TrichDan>',
        '<HinhAnh chuThich="Cánh đồng mẫu" nguon="Ảnh: Hội Nông dân">\n![Lúa chín vàng](./lua.jpg)\n</HinhAnh>',
        '<Video youtube="dQw4w9WgXcQ" tieuDe="Phóng sự ngắn" />',
        '<Video facebook="1234567890" tieuDe="Video trên Facebook" />',
      ].join('\n\n'),
    );
    expect(html).toContain('<figure class="pull-quote"><blockquote>Làm thì mới bền.</blockquote><figcaption>Ông Trần Văn A</figcaption></figure>');
    expect(html).toMatch(
      /<figure class="story-figure"><p><img __ASTRO_IMAGE_="[^"]*"><\/p><figcaption>Cánh đồng mẫu <span class="credit"><span class="visually-hidden">Nguồn ảnh: <\/span>Ảnh: Hội Nông dân<\/span><\/figcaption><\/figure>/,
    );
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Phóng sự ngắn" loading="lazy"');
    expect(html).toContain('src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D1234567890"');
    expect(html).toContain('<figcaption>Phóng sự ngắn</figcaption>');
  });

  test('pictures from the story’s folder become Astro image placeholders, each file listed once', () => {
    const { html, metadata } = storyHtml('![Một](./mot.jpg)\n\n![Hai](anh/hai%20b.png)\n\n![Lại một](./mot.jpg)\n');
    expect(metadata.imagePaths).toEqual(['./mot.jpg', 'anh/hai b.png']);
    const placeholders = [...html.matchAll(/__ASTRO_IMAGE_="([^"]*)"/g)].map((m) => JSON.parse(m[1]!.replaceAll('&#x22;', '"')));
    expect(placeholders).toEqual([
      { alt: 'Một', src: './mot.jpg', index: 0 },
      { alt: 'Hai', src: 'anh/hai b.png', index: 0 },
      { alt: 'Lại một', src: './mot.jpg', index: 1 },
    ]);
  });

  test('whatever the check refuses is never written, should it reach the renderer (positive control: the text around it is)', () => {
    const body = [
      'Trước.',
      'import X from "../../secret.mjs"',
      'export const y = process.env.SECRET',
      '{globalThis.alert(1)}',
      '<script>alert(1)</script>',
      '<Foo onClick="alert(1)">Trong Foo</Foo>',
      '<TrichDan nguoiNoi={1 + 1}>Giữa.</TrichDan>',
      '<>Mảnh</>',
      'Sau.',
    ].join('\n\n');
    const { html } = storyHtml(body);
    expect(html).toContain('<p>Trước.</p>');
    expect(html).toContain('<p>Sau.</p>');
    // The allowed component is kept; its expression attribute is not.
    expect(html).toContain('<figure class="pull-quote"><blockquote>Giữa.</blockquote></figure>');
    expect(html).not.toMatch(/script|alert|secret|process\.env|onclick|Trong Foo|Mảnh/i);
  });

  test('a picture from another site or an absolute path is not handed to Astro’s image pipeline', () => {
    const { html, metadata } = storyHtml('![Ngoài](https://example.com/a.jpg)\n\n![Gốc](/etc/passwd)\n');
    expect(metadata.imagePaths).toEqual([]);
    expect(html).not.toContain('__ASTRO_IMAGE_');
  });
});

describe('the HTML kept in the content cache between builds', () => {
  /** Runs the stories loader on one story, over a store that may already hold an entry from an earlier build. */
  async function load(previous?: { digest: string; rendered: { html: string; metadata: { imagePaths: string[] } } }) {
    const root = await mkdtemp(path.join(tmpdir(), 'story-html-cache-'));
    await mkdir(path.join(root, 'stories'));
    await writeFile(path.join(root, 'stories', 'nguyen-van-an.mdx'), '---\ntitle: "Nguyễn Văn An"\n---\nNuôi ong lấy mật.\n');
    const entries = new Map<string, Record<string, unknown>>();
    const filePath = path.relative(process.cwd(), path.join(root, 'stories', 'nguyen-van-an.mdx')).split(path.sep).join('/');
    if (previous) entries.set('nguyen-van-an', { id: 'nguyen-van-an', filePath, ...previous });
    const context = {
      store: { keys: () => [...entries.keys()], get: (id: string) => entries.get(id), set: (e: { id: string }) => entries.set(e.id, e), delete: (id: string) => entries.delete(id) },
      config: { root: pathToFileURL(`${process.cwd()}/`) },
      logger: { info() {}, warn() {}, error() {} },
      parseData: async ({ data }: { data: unknown }) => data,
      generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    };
    await (storyLoader(path.join(root, 'stories')).load as (c: unknown) => Promise<void>)(context);
    return entries.get('nguyen-van-an') as { digest: string; body?: string; rendered: { html: string; metadata: Record<string, unknown> } };
  }

  test('keeps the HTML and what pages need of the source, not the MDX source itself (Astro bundles the whole store)', async () => {
    const entry = await load();
    expect(entry.rendered.html).toBe('<p>Nuôi ong lấy mật.</p>');
    expect(entry.body).toBeUndefined();
    // "Nuôi ong lấy mật." is four syllables read aloud; the digest is that of the file's text.
    expect(entry.rendered.metadata).toEqual({
      imagePaths: [],
      bodySyllables: 4,
      textDigest: storyDigest('---\ntitle: "Nguyễn Văn An"\n---\nNuôi ong lấy mật.\n'),
    });
  });

  test('is reused while the story and the renderer are unchanged, and made again when the renderer changes', async () => {
    const fresh = await load();
    expect(fresh.rendered.html).toBe('<p>Nuôi ong lấy mật.</p>');
    // Same text, same renderer: the cached entry is kept as it is.
    const stale = { html: '<p>HTML cũ trong bộ nhớ đệm</p>', metadata: { imagePaths: [] } };
    expect((await load({ digest: fresh.digest, rendered: stale })).rendered.html).toBe(stale.html);
    // Same text, but the digest an older renderer gave it: the story is rendered again.
    const olderDigest = createHash('sha256').update('---\ntitle: "Nguyễn Văn An"\n---\nNuôi ong lấy mật.\n').digest('hex');
    expect((await load({ digest: olderDigest, rendered: stale })).rendered.html).toBe(fresh.rendered.html);
  });
});
