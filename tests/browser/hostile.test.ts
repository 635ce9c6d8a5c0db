/**
 * The hostile corpus built for real: the accepted files build, and no page of that
 * site runs script, moves the reader elsewhere or asks another host for anything;
 * the refused files stop the build with the checker's Vietnamese messages.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildContentRoot } from '../../scripts/lib/build.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { hostileCorpus, type HostileCase } from '../fixtures/hostile-corpus.ts';
import { gpsPhoto, markersIn } from '../helpers/gps-photo.ts';
import { hostileRoot } from '../helpers/hostile-root.ts';

let corpus: HostileCase[];
let browser: Browser;

beforeAll(async () => {
  corpus = await hostileCorpus();
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Opens a page and records anything that would mean content ran as code. */
async function observe(page: Page, url: string, origin: string) {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(origin) || target.startsWith('data:') || target === 'about:blank') return route.continue();
    seen.push(`request to another host: ${target}`);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.text().includes('pwned')) seen.push('a script of the content ran');
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && frame.url() !== url) seen.push(`navigated to ${frame.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  // A refresh or a timer would act within a moment of loading.
  await page.waitForTimeout(300);
  if (await page.evaluate(() => 'pwned' in globalThis).catch(() => false)) seen.push('a script of the content ran');
  return seen;
}

describe('the hostile corpus, built', () => {
  test('accepted files build, and no built page runs script, redirects or requests another host', async () => {
    const root = await hostileRoot(corpus.filter((c) => c.outcome === 'accepted'));
    const build = await buildContentRoot(root);
    expect(build.code, build.output).toBe(0);
    // Positive control: a page that does all three is caught by the same observer.
    await mkdir(path.join(build.outDir, 'kiem-soat'), { recursive: true });
    await writeFile(
      path.join(build.outDir, 'kiem-soat/index.html'),
      '<!doctype html><title>x</title><script>globalThis.pwned = 1; console.log("pwned"); alert("x"); fetch("https://lua-dao.example/x").catch(() => {});</script>' +
        '<meta http-equiv="refresh" content="0;url=/dien-hinh/">',
    );
    // Photos: no published byte carries where a phone photo was taken (the corpus has one with GPS).
    const published = (await readdir(build.outDir, { recursive: true, withFileTypes: true })).filter(
      (e) => e.isFile() && /\.(jpe?g|png|webp|avif)$/i.test(e.name),
    );
    // Positive control: the uploaded photo does carry them, and some photo of it is published.
    expect(markersIn(await gpsPhoto())).toContain('GPS latitude');
    expect(published.some((e) => e.name === 'anh-bia.jpg' && e.parentPath.includes('anh-dien-thoai'))).toBe(true);
    const leaks: string[] = [];
    for (const file of published) {
      const found = markersIn(await readFile(path.join(file.parentPath, file.name)));
      if (found.length) leaks.push(`${file.name}: ${found.join(', ')}`);
    }
    expect(leaks).toEqual([]);
    // Open data: a title written as a spreadsheet formula stays text.
    const rows = parse(await readFile(path.join(build.outDir, 'du-lieu/dien-hinh.csv'), 'utf8'), { bom: true }) as string[][];
    const cells = rows.slice(1).flat();
    expect(cells).toContain(`'=HYPERLINK("https://lua-dao.example/","Bấm vào đây")`);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const server = await serveStatic(build.outDir);
    try {
      const control = await browser.newPage();
      const caught = await observe(control, `${server.url}/kiem-soat/`, server.url);
      await control.close();
      expect(caught.some((s) => s.startsWith('dialog'))).toBe(true);
      expect(caught.some((s) => s.startsWith('request to another host'))).toBe(true);
      expect(caught.some((s) => s.startsWith('navigated'))).toBe(true);
      expect(caught).toContain('a script of the content ran');

      // Every page that shows a story's own words: its profile, its embed card, and the lists of cards.
      const built = (await readdir(build.outDir, { recursive: true }))
        .map((f) => f.split(path.sep).join('/'))
        .filter((f) => f.endsWith('index.html'))
        .map((f) => `/${f.slice(0, -'index.html'.length)}`);
      const profiles = built.filter((p) => /^\/dien-hinh\/[^/]+\/$/.test(p) && !p.startsWith('/dien-hinh/trang/'));
      const pages = [...profiles, ...profiles.map((p) => `${p}nhung/`), '/', '/dien-hinh/', '/cach-lam-hay/'];
      expect(profiles.length).toBe(corpus.filter((c) => c.outcome === 'accepted').length);
      const problems: string[] = [];
      for (const pagePath of pages) {
        const page = await browser.newPage();
        problems.push(...(await observe(page, `${server.url}${pagePath}`, server.url)).map((s) => `${pagePath}: ${s}`));
        await page.close();
      }
      expect(problems).toEqual([]);
    } finally {
      await server.close();
    }
  });

  test('refused files stop the build with the checker’s Vietnamese messages and no stack trace', async () => {
    const refused = corpus.filter((c) => c.outcome === 'refused');
    const root = await hostileRoot(refused);
    const build = await buildContentRoot(root);
    expect(build.code).not.toBe(0);
    for (const { name, says } of refused) expect(build.output, name).toContain(says!);
    expect(build.output).toContain('Dừng tạo trang vì nội dung có lỗi');
    expect(build.output).not.toMatch(/\n\s+at \S+ \(|YAMLException|Error: /);
  });
});
