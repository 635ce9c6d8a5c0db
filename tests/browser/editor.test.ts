/**
 * The form editor at /quan-tri/ of every build the gates run on (the sample site at the root,
 * the fixture site under a base path as deployed), driven in Debian's Chromium as a press
 * officer would use it. Sveltia's `test-repo` backend keeps the repository in the
 * browser's private storage (OPFS), so nothing goes to GitHub: the served config is used
 * as built, with only its `backend:` block swapped. Creating the pull request itself is
 * Sveltia's GitHub code and is not exercised here.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { checkText } from '../../src/i18n/check.ts';
import { basePrefix } from '../../src/lib/base-path.ts';
import { BASIC_ROOT, makeContentRoot } from '../helpers/content-root.ts';

/** Sveltia's private-storage repository folder and its sign-in button for it (Vietnamese UI). */
const TEST_REPO = 'sveltia-cms-test';
const TEST_REPO_BUTTON = 'Làm việc với kho mã nguồn thử nghiệm';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A built site's editor as the tests use it. */
interface EditorSite {
  server: StaticServer;
  /** The stories folder in the repository, as the served config names it (`content/stories`). */
  stories: string;
  /** The vocabulary files the config's relations read, by repository path: the fixture's lists. */
  vocabularies: Record<string, string>;
}

/**
 * The stories folder and vocabulary files named by a build's config.yml. Each build names its
 * own content folder (`content`, or `tests/fixtures/basic` for the fixture build); the test
 * repository is seeded with the fixture's lists at those paths, so the saved story is checked
 * against the same files.
 */
async function editorSite(dist: string, server: StaticServer): Promise<EditorSite> {
  const config = parse(await readFile(path.join(dist, 'quan-tri/config.yml'), 'utf8')) as {
    collections: { name: string; folder?: string; files?: { file: string }[] }[];
  };
  const stories = config.collections.find((c) => c.name === 'stories')!.folder!;
  const files = config.collections.flatMap((c) => c.files ?? []).map((f) => f.file);
  expect(files.length).toBe(4);
  const vocabularies = Object.fromEntries(
    await Promise.all(files.map(async (file) => [file, await readFile(path.join(BASIC_ROOT, 'data', path.basename(file)), 'utf8')])),
  );
  return { server, stories, vocabularies };
}

/** An editor session: the page, and everything that went wrong or left the machine. */
interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests to any other host (aborted, or refused by the page's CSP). */
  outside: string[];
  /** Uncaught errors and console errors. */
  errors: string[];
}

/** The built config with only the backend swapped for Sveltia's in-browser test repository. */
const withTestRepo = (yaml: string) => {
  const swapped = yaml.replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
  if (swapped === yaml) throw new Error('config.yml has no backend block to swap');
  return swapped;
};

/**
 * Opens the editor on the test repository seeded with the vocabularies, at a new story's
 * form. `server.url` carries the site's base; anything asked for outside it is a 404.
 */
async function openNewStory({ server, vocabularies }: EditorSite): Promise<Session> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 1000 } });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== server.origin) {
      outside.push(url.href);
      return route.abort();
    }
    if (`${url.origin}${url.pathname}` === `${server.url}/quan-tri/config.yml`) {
      const built = await route.fetch();
      return route.fulfill({ response: built, body: withTestRepo(await built.text()) });
    }
    return route.continue();
  });
  const page = await context.newPage();
  // A request the CSP refuses never reaches the route, but is still announced here.
  page.on('request', (r) => !r.url().startsWith(`${server.origin}/`) && !/^(data|blob):/.test(r.url()) && outside.push(r.url()));
  // Anything the site does not have (an address missing the base, say) is an error too.
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('pageerror', (e) => errors.push(`error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  // Seed the private storage from a light page of the same site, then open the editor once.
  await page.goto(`${server.url}/gioi-thieu/`);
  await page.evaluate(
    async ({ folder, files }) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
      for (const [file, text] of Object.entries(files)) {
        const parts = file.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { folder: TEST_REPO, files: vocabularies },
  );
  await page.goto(`${server.url}/quan-tri/`);
  await page.getByRole('button', { name: TEST_REPO_BUTTON }).click();
  await page.goto(`${server.url}/quan-tri/#/collections/stories/new`);
  await page.getByRole('textbox', { name: 'Tiêu đề' }).waitFor();
  return { context, page, outside, errors };
}

/** Every file in the test repository's stories folder (`stories`): path → bytes. */
async function savedStoryFiles(page: Page, stories: string): Promise<Record<string, Buffer>> {
  const files = await page.evaluate(async ({ folder, stories }) => {
    const out: Record<string, number[]> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else out[`${prefix}${name}`] = [...new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer())];
      }
    };
    let dir: FileSystemDirectoryHandle | undefined = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
    for (const part of stories.split('/')) dir = await dir?.getDirectoryHandle(part).catch(() => undefined);
    if (dir) await walk(dir, `${stories}/`);
    return out;
  }, { folder: TEST_REPO, stories });
  return Object.fromEntries(Object.entries(files).map(([file, bytes]) => [file, Buffer.from(bytes)]));
}

/** A field's group in the form, by its label. */
const field = (page: Page, label: string) => page.getByRole('group', { name: new RegExp(`^Trường “.?${label}.?”$`) });

/** Picks an entry of a vocabulary list by the name it shows. */
async function choose(page: Page, label: string, option: RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Fills the fields an officer fills for a new story; without a title or a cover when asked. */
async function fillStory(page: Page, { title = true, cover = true } = {}) {
  const fill = (label: string, text: string) => page.getByRole('textbox', { name: label, exact: true }).fill(text);
  if (title) await fill('Tiêu đề', 'Bà Đặng Thị Đào và cánh đồng lúa sạch của xóm Đông');
  await page.getByRole('radio', { name: 'Cá nhân' }).click();
  await fill('Tên', 'Đặng Thị Đào');
  await choose(page, 'Lĩnh vực', /^Nông nghiệp/);
  await choose(page, 'Địa phương', /Hải Hậu/);
  await page.getByRole('button', { name: /^Thêm .?lần khen thưởng/ }).click();
  await choose(page, 'Danh hiệu, hình thức khen thưởng', /^Chiến sĩ thi đua cơ sở/);
  await page.getByRole('spinbutton', { name: 'Năm khen thưởng' }).fill('2023');
  await fill(
    'Tóm tắt',
    'Bà Đặng Thị Đào đưa giống lúa sạch về cánh đồng xóm Đông, hướng dẫn cả xóm làm theo và tăng thu nhập gần gấp đôi.',
  );
  if (cover) await uploadCover(page);
  // Fields further down are drawn as the form scrolls.
  const body = page.getByRole('textbox', { name: 'Câu chuyện' });
  for (let i = 0; i < 30 && (await body.count()) === 0; i++) {
    await page.getByRole('group', { name: /^Trường/ }).last().scrollIntoViewIfNeeded();
  }
  await body.click();
  await page.keyboard.type('Bà Đào bắt đầu từ ba sào ruộng của gia đình và mời bà con ra tận ruộng xem.');
}

/** Uploads a cover through the media library, with its alt text and credit. */
async function uploadCover(page: Page) {
  const fill = (label: string, text: string) => page.getByRole('textbox', { name: label, exact: true }).fill(text);
  // As a phone photo arrives: a wide JPEG with a Vietnamese, upper-case name.
  const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 70, g: 130, b: 60 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
  await field(page, 'Ảnh bìa').getByRole('button', { name: 'Duyệt tệp' }).click();
  const library = page.getByRole('dialog', { name: 'Chọn ảnh' });
  const chooser = page.waitForEvent('filechooser');
  await library.getByRole('button', { name: 'Tải lên' }).click();
  await (await chooser).setFiles({ name: 'Ảnh bìa.JPG', mimeType: 'image/jpeg', buffer: photo });
  // The upload is selected in the library; insert it into the field.
  await library.getByRole('button', { name: 'Chèn' }).click();
  await library.waitFor({ state: 'hidden' });
  await fill('Mô tả ảnh bìa', 'Bà Đào kiểm tra lúa trên cánh đồng xóm Đông');
  await fill('Nguồn ảnh bìa', 'Ảnh: Đài PT-TH tỉnh');
}

describe.each(inject('sites'))('$name', ({ dir: dist, base }) => {
  let site: EditorSite;

  beforeAll(async () => {
    site = await editorSite(dist, await serveStatic(dist, { base }));
  });

  afterAll(async () => {
    await site?.server.close();
  });

  describe('form editor page', () => {
    test('is for press officers only: noindex, and out of the sitemap, search index, feeds and open data', async () => {
      const html = await readFile(path.join(dist, 'quan-tri/index.html'), 'utf8');
      expect(html).toMatch(/<meta name="robots" content="noindex/);
      // Pagefind indexes only pages that mark their body; the profiles do, the editor does not.
      expect(html).not.toContain('data-pagefind-body');
      for (const file of ['sitemap-0.xml', 'rss.xml', 'du-lieu/dien-hinh.json', 'du-lieu/dien-hinh.csv']) {
        expect(await readFile(path.join(dist, file), 'utf8'), file).not.toContain('quan-tri');
      }
    });

    test('names its script, its config and what Sveltia fetches under the base', async () => {
      const prefix = basePrefix(base);
      const html = await readFile(path.join(dist, 'quan-tri/index.html'), 'utf8');
      expect(html).toContain(`<script src="${prefix}/quan-tri/sveltia-cms.js"></script>`);
      expect(html).toContain(`<link rel="cms-config-url" type="application/yaml" href="${prefix}/quan-tri/config.yml">`);
      const bundle = await readFile(path.join(dist, 'quan-tri/sveltia-cms.js'), 'utf8');
      expect(bundle).toContain(`\`${prefix}/quan-tri/sveltia\``);
      expect(bundle).toContain(`${prefix}/quan-tri/fonts/`);
    });
  });

  describe('form editor', () => {
    test('a new story saved from the form is accepted by the checker', async () => {
      const { context, page, outside, errors } = await openNewStory(site);
      await fillStory(page);
      // The live preview is the profile page's structure in the site's stylesheet.
      const preview = page.locator('iframe').first().contentFrame();
      await preview.locator('article.profile h1').filter({ hasText: 'Bà Đặng Thị Đào và cánh đồng lúa sạch' }).waitFor();
      expect(await preview.locator(`link[rel=stylesheet][href*="${basePrefix(base)}/_astro/preview."]`).count()).toBe(1);
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      const folder = `${site.stories}/dang-thi-dao`;
      await expect.poll(async () => Object.keys(await savedStoryFiles(page, site.stories)).sort(), { timeout: 20_000 }).toEqual([
        // ASCII folder named after the subject, đ → d; the cover beside index.mdx, its name made ASCII too.
        `${folder}/anh-bia.jpg`,
        `${folder}/index.mdx`,
      ]);
      const files = await savedStoryFiles(page, site.stories);
      const text = files[`${folder}/index.mdx`]!.toString('utf8');
      const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!);
      expect(frontmatter).toMatchObject({
        subject: { kind: 'ca-nhan', name: 'Đặng Thị Đào' },
        field: 'nong-nghiep',
        locality: 'hai-hau',
        awards: [{ award: 'chien-si-thi-dua-co-so', year: 2023 }],
        cover: './anh-bia.jpg',
        draft: false,
      });
      // Illustrative content is never written from the form; empty optional fields are left out.
      expect(Object.keys(frontmatter)).not.toContain('sample');
      expect(Object.keys(frontmatter)).not.toContain('practices');
      expect(text).toContain('Bà Đào bắt đầu từ ba sào ruộng');

      // The same files in a content root with the fixture's vocabularies and, as on the story's
      // branch before it is merged, no ID for it yet: the checker accepts it and only announces
      // the ID it will get once merged (src/lib/story-ids.ts); the officer edits nothing else.
      const root = await makeContentRoot({
        'data/permalinks.yaml': '[]\n',
        'stories/dang-thi-dao/index.mdx': text,
        'stories/dang-thi-dao/anh-bia.jpg': files[`${folder}/anh-bia.jpg`]!,
      });
      const report = await checkContent(root, root);
      expect(report.problems).toEqual([]);
      expect([...report.stories.keys()]).toEqual(['dang-thi-dao']);
      expect(report.notices.map((n) => n.message)).toEqual([checkText.permalinkNew('dang-thi-dao', 'DH0001')]);

      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    test('the form refuses to save a story without a title', async () => {
      const { context, page, outside, errors } = await openNewStory(site);
      // Everything else required is there (the cover is optional), so the title alone is missing.
      await fillStory(page, { title: false, cover: false });
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      const message = field(page, 'Tiêu đề').getByText('Trường bắt buộc.');
      await message.waitFor();
      expect(await message.isVisible()).toBe(true);
      // Nothing was written: no story, no cover.
      expect(await savedStoryFiles(page, site.stories)).toEqual({});
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
