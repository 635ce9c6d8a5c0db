/**
 * Quality gates on the built sample site, in Debian's Chromium: accessibility
 * (axe-core, WCAG 2.2 AA, light and dark), valid HTML, no broken internal link,
 * no console error or failed request, scripts only on the search page and the form
 * editor, a strict Content-Security-Policy and no third-party request.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import axe from 'axe-core';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { internalUrls, resolvesIn } from '../../scripts/lib/links.ts';
import { waitForResults } from '../../scripts/lib/search-page.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const dist = inject('siteDir');
const MISSING = '/khong-co-trang-nay/';
/** The only pages that may load scripts: search, and the form editor for press officers. */
const SEARCH = '/tim-kiem/';
const EDITOR = '/quan-tri/';
const SCRIPTED = [SEARCH, EDITOR];
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let htmlFiles: string[];

/** One page of every type, found in the build rather than hard-coded where possible. */
async function pageTypes(): Promise<string[]> {
  const profiles = htmlFiles.filter((f) => /^dien-hinh\/(?!trang\/)[^/]+\/index\.html$/.test(f));
  const withCover: string[] = [];
  const withoutCover: string[] = [];
  for (const f of profiles) ((await readFile(path.join(dist, f), 'utf8')).includes('<figure class="cover"') ? withCover : withoutCover).push(f);
  const first = (prefix: string) => htmlFiles.find((f) => f.startsWith(prefix) && f.split('/').length === 3);
  const pages = [
    'index.html',
    'dien-hinh/index.html',
    htmlFiles.find((f) => f.startsWith('dien-hinh/trang/')),
    withCover[0],
    withoutCover[0],
    ...['linh-vuc', 'dia-phuong', 'khen-thuong', 'nam', 'doi-tuong'].flatMap((t) => [`${t}/index.html`, first(`${t}/`)]),
    'gioi-thieu/index.html',
    'cach-lam-hay/index.html',
    first('cach-lam-hay/'),
    'thong-ke/index.html',
    'tim-kiem/index.html',
    htmlFiles.find((f) => /^dien-hinh\/[^/]+\/nhung\/index\.html$/.test(f)),
  ];
  // A missing address shows the 404 page with status 404, as a static host serves it.
  return [...pages.filter((p): p is string => Boolean(p)).map((f) => `/${f.replace(/index\.html$/, '')}`), MISSING];
}

beforeAll(async () => {
  htmlFiles = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/'));
  server = await serveStatic(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility', () => {
  test.each(['light', 'dark'] as const)('every page type has no WCAG 2.2 AA violation (%s scheme)', async (colorScheme) => {
    // axe is injected as a script; the page's own CSP would (rightly) refuse it.
    const context = await browser.newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const url of await pageTypes()) {
      await page.goto(`${server.url}${url}${url === '/tim-kiem/' ? '?q=nong+dan' : ''}`);
      if (url === '/tim-kiem/') await waitForResults(page);
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      failures.push(...violations.map((v) => `${url} ${v}`));
    }
    await context.close();
    expect(failures).toEqual([]);
  });
});

describe('valid HTML and links', () => {
  test('every built page passes html-validate with zero errors', async () => {
    const validator = new HtmlValidate(
      new StaticConfigLoader({
        extends: ['html-validate:recommended'],
        rules: {
          // role="list" on styled lists is deliberate: Safari drops list semantics otherwise.
          'no-redundant-role': 'off',
          // Checkbox groups share one name; that is how a form sends several values.
          'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
          // Story titles may be up to 120 characters by the content contract.
          'long-title': ['error', { maxlength: 120 }],
        },
      }),
    );
    const errors: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateString(await readFile(path.join(dist, file), 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  test('every internal link, image, source set, feed and sitemap entry resolves', async () => {
    const sitemapIndex = await readFile(path.join(dist, 'sitemap-index.xml'), 'utf8');
    const origin = new URL([...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)][0]![1]!).origin;
    const documents = (await readdir(dist, { recursive: true }))
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => /\.(html|xml)$/.test(f));
    const broken: string[] = [];
    for (const file of documents) {
      for (const url of internalUrls(await readFile(path.join(dist, file), 'utf8'), origin)) {
        if (!resolvesIn(dist, url)) broken.push(`${file} → ${url}`);
      }
    }
    expect(documents.length).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});

describe('what pages load', () => {
  test('no console error, failed request or third-party request; scripts only on the search page and the editor', async () => {
    const problems: string[] = [];
    const scriptBytes: Record<string, number> = {};
    // The editor is Sveltia CMS's interface, not a page for readers: it is left out of the
    // accessibility run, but loads nothing from elsewhere and logs no error either.
    for (const url of [...(await pageTypes()), EDITOR]) {
      // The editor speaks the browser's language; an officer's browser says Vietnamese.
      const page = await browser.newPage(url === EDITOR ? { locale: 'vi-VN' } : {});
      scriptBytes[url] = 0;
      page.on('console', (m) => {
        // Chromium logs the 404 status of the missing address itself; that one is expected.
        const expected = url === MISSING && m.location().url === `${server.url}${MISSING}`;
        if (m.type() === 'error' && !expected) problems.push(`${url} console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${url} error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`${url} failed: ${r.url()}`));
      // The editor reads its own uploads and pictures back as blob: and data: URLs of this page.
      const local = (u: string) => u.startsWith(server.url) || u.startsWith(`blob:${server.url}/`) || u.startsWith('data:');
      page.on('request', (r) => !local(r.url()) && problems.push(`${url} third party: ${r.url()}`));
      page.on('response', async (r) => {
        if (r.status() >= 400 && r.url() !== `${server.url}${MISSING}`) problems.push(`${url} HTTP ${r.status()}: ${r.url()}`);
        if (r.request().resourceType() === 'script') scriptBytes[url]! += (await r.body()).length;
      });
      const response = await page.goto(`${server.url}${url}${url === '/tim-kiem/' ? '?q=nong+dan' : ''}`);
      expect(response?.status(), url).toBe(url === MISSING ? 404 : 200);
      if (url === '/tim-kiem/') await waitForResults(page);
      // Signed out, the editor settles on its sign-in screen, in Vietnamese.
      if (url === EDITOR) await page.getByRole('button', { name: 'Đăng nhập bằng mã truy cập' }).waitFor();
      await page.close();
    }
    expect(problems).toEqual([]);
    expect(Object.keys(scriptBytes)).toEqual(expect.arrayContaining(SCRIPTED));
    for (const [url, bytes] of Object.entries(scriptBytes)) {
      if (SCRIPTED.includes(url)) expect(bytes, url).toBeGreaterThan(0);
      else expect(bytes, url).toBe(0);
    }
  });

  test('of every built page, only the search page and the editor have a script', async () => {
    const scripted = [];
    for (const file of htmlFiles) {
      if (/<script\b[^>]*\bsrc=/.test(await readFile(path.join(dist, file), 'utf8'))) scripted.push(`/${file.replace(/index\.html$/, '')}`);
    }
    expect(scripted.sort()).toEqual([...SCRIPTED].sort());
  });

  test('every page carries a Content-Security-Policy without unsafe-inline or unsafe-eval for scripts', async () => {
    for (const file of htmlFiles) {
      const html = await readFile(path.join(dist, file), 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, file).toBeDefined();
      const scriptSrc = csp!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
      expect(scriptSrc, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
      expect(html, file).not.toMatch(/<script(?![^>]*\b(src|type="application\/(ld\+)?json")=?)[^>]*>/);
      expect(html, file).not.toMatch(/\son[a-z]+="/);
    }
  });
});
