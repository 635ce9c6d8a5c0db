import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { storyDigest } from '../../src/content-rules/read-story.ts';
import { pressFiles } from '../../src/integrations/press-files.ts';
import { earlyOgCards, setCheckedContent } from '../../src/lib/early-og-cards.ts';
import type { OgCardData } from '../../src/lib/og-card.ts';
import { metadataIn } from '../../src/lib/image-metadata.ts';
import { pressFileSink } from '../../src/lib/press-files.ts';
import { BASIC_ROOT } from '../helpers/content-root.ts';
import { gpsPhoto, markersIn } from '../helpers/gps-photo.ts';

const card: OgCardData = { title: 'Tiêu đề', subject: 'Nguyễn Văn A', eyebrow: 'Cá nhân', award: '', site: 'Trang', withCover: false };
const radioStory = { title: 'Tiêu đề', summary: 'Tóm tắt.', practices: [], sample: false, subject: { name: 'Nguyễn Văn A' } };
const logged: string[] = [];
const logger = { info: (m: string) => logged.push(m) } as unknown as AstroIntegrationLogger;

/** A story file in a fresh folder, and the digest the loader would keep for it. */
async function storyFile(text: string): Promise<{ storyPath: string; textDigest: string }> {
  const storyPath = path.join(await mkdtemp(path.join(tmpdir(), 'press-story-')), 'index.mdx');
  await writeFile(storyPath, text);
  return { storyPath, textDigest: storyDigest(text) };
}

/** Runs the integration's hooks as a build would, around `during`, which plays the routes. */
async function build(during: (outDir: string) => void) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'press-files-'));
  const hooks = pressFiles().hooks as Record<string, (options: unknown) => Promise<void> | void>;
  await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${outDir}/`), site: 'https://vi-du.test' } });
  await hooks['astro:build:start']!({ logger });
  during(outDir);
  const done = hooks['astro:build:done']!({ logger });
  return { outDir, done };
}

describe('press files written beside the build', () => {
  test('files the routes hand over are written into the output folder, once each, with the build’s site', async () => {
    const story = await storyFile('---\ntitle: Tiêu đề\n---\nĐoạn một.\n');
    const { outDir, done } = await build(() => {
      const sink = pressFileSink()!;
      expect(sink.site).toBe('https://vi-du.test');
      const radio = { kind: 'radio' as const, file: '/dien-hinh/a/ban-tin.txt', story: radioStory, ...story, url: `${sink.site}/dien-hinh/a/` };
      sink.add([radio, { kind: 'qr', file: '/dien-hinh/a/qr.svg', url: `${sink.site}/dien-hinh/a/` }]);
      // getStaticPaths may run again: the same file is not queued twice.
      sink.add([radio]);
    });
    await done;
    expect(await readFile(path.join(outDir, 'dien-hinh/a/ban-tin.txt'), 'utf8')).toMatch(/^\uFEFFBẢN TIN PHÁT THANH[\s\S]*Đoạn một\.[\s\S]*Nguồn: https:\/\/vi-du\.test\/dien-hinh\/a\/\n$/u);
    expect(await readFile(path.join(outDir, 'dien-hinh/a/qr.svg'), 'utf8')).toMatch(/^<svg/);
    expect(logged.at(-1)).toMatch(/^Press files: 2 \(og.png, og.jpg, anh-bia.jpg, qr.svg, ban-tin.txt, nhung\/index.html\), (done before the pages|last one [\d.]+ s after the pages)$/);
    // After the build, routes answer their files themselves again (as in `astro dev`).
    expect(pressFileSink()).toBeUndefined();
  });

  test('a bulletin reads its story file only as the loader checked it: a file changed since stops the build, naming the bulletin', async () => {
    const story = await storyFile('---\ntitle: Tiêu đề\n---\nĐoạn đã kiểm tra.\n');
    await writeFile(story.storyPath, '---\ntitle: Tiêu đề\n---\nĐoạn viết thêm sau khi kiểm tra.\n');
    const { done } = await build(() => {
      const sink = pressFileSink()!;
      sink.add([{ kind: 'radio', file: '/dien-hinh/c/ban-tin.txt', story: radioStory, ...story, url: `${sink.site}/dien-hinh/c/` }]);
    });
    await expect(done).rejects.toThrow(/Press files failed:\n\/dien-hinh\/c\/ban-tin\.txt: .*index\.mdx: changed since the build checked it/);
  });

  test('a file that cannot be made stops the build, naming the file', async () => {
    const { done } = await build(() => {
      pressFileSink()!.add([{ kind: 'og', file: '/dien-hinh/b/og.jpg', format: 'jpg', card: { ...card, withCover: true }, coverPath: '/khong-co/anh-bia.jpg' }]);
    });
    await expect(done).rejects.toThrow(/Press files failed:\n\/dien-hinh\/b\/og\.jpg: .*ENOENT/);
  });

  test('many files are written at once; one whose folder cannot be made stops the build, the others still written', async () => {
    const result = await build((outDir) => {
      const sink = pressFileSink()!;
      // A file stands where a profile's folder should be.
      writeFileSync(path.join(outDir, 'dien-hinh-chan'), 'không phải thư mục');
      const qr = (slug: string) => ({ kind: 'qr' as const, file: `/${slug}/qr.svg`, url: `${sink.site}/${slug}/` });
      sink.add([...Array.from({ length: 12 }, (_, i) => qr(`dien-hinh/s${i}`)), qr('dien-hinh-chan'), ...Array.from({ length: 12 }, (_, i) => qr(`dien-hinh/t${i}`))]);
    });
    await expect(result.done).rejects.toThrow(/Press files failed:\n\/dien-hinh-chan\/qr\.svg: .*(ENOTDIR|EEXIST)/);
    for (const slug of ['s0', 's11', 't0', 't11']) expect(await readFile(path.join(result.outDir, 'dien-hinh', slug, 'qr.svg'), 'utf8')).toMatch(/^<svg/);
  });

  test('a card with a cover is written as the JPEG it is named, 1200×630, without the photo’s GPS EXIF', async () => {
    const photoDir = await mkdtemp(path.join(tmpdir(), 'press-files-photo-'));
    const coverPath = path.join(photoDir, 'anh.jpg');
    const photo = await gpsPhoto();
    await writeFile(coverPath, photo);
    expect(await metadataIn(photo)).toEqual(['EXIF', 'IPTC', 'XMP']);
    const { outDir, done } = await build(() => {
      pressFileSink()!.add([
        { kind: 'og', file: '/dien-hinh/c/og.jpg', format: 'jpg', card: { ...card, withCover: true }, coverPath },
        { kind: 'og', file: '/dien-hinh/d/og.png', format: 'png', card },
      ]);
    });
    await done;
    const jpeg = await readFile(path.join(outDir, 'dien-hinh/c/og.jpg'));
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    expect(await metadataIn(jpeg)).toEqual([]);
    expect(markersIn(jpeg)).toEqual([]);
    expect((await sharp(await readFile(path.join(outDir, 'dien-hinh/d/og.png'))).metadata()).format).toBe('png');
  });

  test('the build does not end before the last card is written, though nothing else keeps it alive', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'press-files-exit-'));
    // ASTRO_CACHE_DIR: a cache of its own, so every card is drawn, none read back.
    const { stdout, code } = await new Promise<{ stdout: string; code: number | null }>((resolve) => {
      const child = spawn(process.execPath, ['tests/helpers/press-files-exit.ts', outDir], { env: { ...process.env, ASTRO_CACHE_DIR: path.join(outDir, 'cache') } });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('close', (c) => resolve({ stdout: out, code: c }));
    });
    expect(code).toBe(0);
    expect(stdout).toContain('hook done');
    const cards = await Promise.all(Array.from({ length: 70 }, (_, i) => readFile(path.join(outDir, `dien-hinh/s${i}/og.png`)).then((b) => b.length, () => 0)));
    expect(cards.filter((bytes) => bytes > 0)).toHaveLength(70);
  });

  test('a build whose routes hand over nothing starts no worker and finishes at once', async () => {
    const { done } = await build(() => {});
    await done;
    expect(logged.at(-1)).toMatch(/^Press files: 0 /);
  });
});

describe('cards drawn ahead of the routes', () => {
  test('are the flat cards of the published stories the check read: no draft, no cover story', async () => {
    const report = await checkContent(BASIC_ROOT);
    const cards = earlyOgCards(report);
    expect(cards.map((c) => c.file).sort()).toEqual(['/dien-hinh/gia-dinh-ong-le-binh/og.png', '/dien-hinh/htx-dong-tam/og.png', '/dien-hinh/nguyen-van-an/og.png']);
    // The draft and the cover story were read, and left out.
    expect([...report.stories.keys()]).toEqual(expect.arrayContaining(['ban-nhap-kiem-thu', 'tran-thi-lan']));
    const an = cards.find((c) => c.file.includes('nguyen-van-an'))!;
    expect([an.card.title, an.card.withCover]).toEqual([report.stories.get('nguyen-van-an')!.title, false]);
  });

  test('go to the card cache only, and the routes’ equal cards are read from there; a changed one is drawn anew', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'press-files-warm-'));
    const before = process.env.ASTRO_CACHE_DIR;
    process.env.ASTRO_CACHE_DIR = cache;
    const report = await checkContent(BASIC_ROOT);
    const cards = earlyOgCards(report);
    setCheckedContent(report);
    try {
      const outDir = await mkdtemp(path.join(tmpdir(), 'press-files-'));
      const hooks = pressFiles().hooks as Record<string, (options: unknown) => Promise<void> | void>;
      await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${outDir}/`), site: 'https://vi-du.test' } });
      const drawn = async () => (await readdir(path.join(cache, 'og-images')).catch(() => [])).filter((f) => f.endsWith('.png')).length;
      for (let waited = 0; (await drawn()) < cards.length && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
      expect(await drawn()).toBe(cards.length);
      // Drawn ahead, published nowhere: the output folder is still empty.
      expect(await readdir(outDir)).toEqual([]);
      await hooks['astro:build:start']!({ logger });
      const [first, ...rest] = cards;
      pressFileSink()!.add([
        ...rest.map((c) => ({ kind: 'og' as const, file: c.file, format: 'png' as const, card: c.card })),
        { kind: 'og' as const, file: first!.file, format: 'png' as const, card: { ...first!.card, title: 'Tiêu đề đã sửa' } },
      ]);
      await hooks['astro:build:done']!({ logger });
      expect(logged.at(-1)).toMatch(new RegExp(`; ${cards.length - 1} of ${cards.length} cards found drawn ahead$`));
      expect(await drawn()).toBe(cards.length + 1);
      const written = await readFile(path.join(outDir, first!.file));
      expect((await sharp(written).metadata()).width).toBe(1200);
    } finally {
      setCheckedContent(undefined);
      if (before === undefined) delete process.env.ASTRO_CACHE_DIR;
      else process.env.ASTRO_CACHE_DIR = before;
    }
  });
});
