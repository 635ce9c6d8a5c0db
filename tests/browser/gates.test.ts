/**
 * Quality gates on every build in `sites` (global-setup.ts): the sample site at the root,
 * and the fixture site under a base path as the deploy workflow builds it for GitHub Pages.
 * In Debian's Chromium: accessibility (axe-core, WCAG 2.2 AA, light and dark), valid HTML,
 * no broken internal link (under the base), no console error or failed request, scripts
 * only on the search page (and search working there) and the form editor (which reaches its
 * sign-in screen), a strict Content-Security-Policy, no third-party request; from the files:
 * sitemap, canonical URLs, QR codes and _headers.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import axe from 'axe-core';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { internalUrls, resolvesIn } from '../../scripts/lib/links.ts';
import { waitForResults } from '../../scripts/lib/search-page.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { CONTENT_SECURITY_POLICY, SITE } from '../../src/config.ts';
import { basePrefix } from '../../src/lib/base-path.ts';

const MISSING = '/khong-co-trang-nay/';
/** Pages that are not to index say so: `noindex`, alone or with `nofollow` (the form editor). */
const NOINDEX = /<meta name="robots" content="noindex(, nofollow)?">/;
/** The only pages that may load scripts: search, and the form editor for press officers. */
const SEARCH = '/tim-kiem/';
const EDITOR = '/quan-tri/';
const SCRIPTED = [SEARCH, EDITOR];
let browser: Browser;

/**
 * Origins the CSP lets a page frame: only the <Video> story component uses them. Their
 * frames are answered here with a blank page, so nothing leaves the machine and they do
 * not count as the site's own third-party requests.
 */
const FRAME_ORIGINS = new Set(
  CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('frame-src'))!
    .split(/\s+/)
    .slice(1),
);
const isVideoFrame = (url: string) => FRAME_ORIGINS.has(new URL(url).origin);
const stubVideoFrames = (target: BrowserContext | Page) =>
  target.route(
    (url) => FRAME_ORIGINS.has(url.origin),
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>video</title>' }),
  );

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(inject('sites'))('$name', ({ dir: dist, base }) => {
  const prefix = basePrefix(base);
  let server: StaticServer;
  let htmlFiles: string[];
  /** The site's absolute address with the base, from its sitemap index: `https://host/repo`. */
  let siteUrl: string;

  /** Pages that answer but are not to index: 404, embed cards, moved and withdrawn addresses. */
  const noindex = new Set<string>();

  /** One page of every type, found in the build rather than hard-coded where possible. */
  async function pageTypes(): Promise<string[]> {
    const profiles = htmlFiles.filter((f) => /^dien-hinh\/(?!trang\/)[^/]+\/index\.html$/.test(f));
    const withCover: string[] = [];
    const withoutCover: string[] = [];
    for (const f of profiles.filter((p) => !noindex.has(p))) {
      ((await readFile(path.join(dist, f), 'utf8')).includes('<figure class="cover"') ? withCover : withoutCover).push(f);
    }
    const first = (folder: string) => htmlFiles.find((f) => f.startsWith(folder) && f.split('/').length === 3 && !noindex.has(f));
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
      'du-lieu/index.html',
      htmlFiles.find((f) => /^dien-hinh\/[^/]+\/nhung\/index\.html$/.test(f)),
      // Moved and withdrawn stories' and replaced terms' addresses answer with pages of their own.
      ...[...noindex].filter((f) => /^[^/]+\/[^/]+\/index\.html$/.test(f)),
    ];
    // A missing address shows the 404 page with status 404, as a static host serves it.
    return [...new Set(pages.filter((p): p is string => Boolean(p)))].map((f) => `/${f.replace(/index\.html$/, '')}`).concat(MISSING);
  }

  /** Where a moved address sends the reader (its meta refresh), if it is one. */
  const redirectOf = async (url: string) => {
    const html = await readFile(path.join(dist, url, 'index.html'), 'utf8').catch(() => '');
    return /http-equiv="refresh" content="0;url=([^"]+)"/.exec(html)?.[1];
  };

  /** The page's address without its query: what `url` the file stands for. */
  const address = (file: string) => `${siteUrl}/${file.replace(/index\.html$/, '')}`;
  const withQuery = (url: string) => `${url}${url === '/tim-kiem/' ? '?q=nong+dan' : ''}`;

  beforeAll(async () => {
    htmlFiles = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/'));
    for (const file of htmlFiles) if (NOINDEX.test(await readFile(path.join(dist, file), 'utf8'))) noindex.add(file);
    server = await serveStatic(dist, { base });
    const sitemapIndex = await readFile(path.join(dist, 'sitemap-index.xml'), 'utf8');
    const first = new URL([...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)][0]![1]!);
    siteUrl = `${first.origin}${prefix}`;
  });

  afterAll(async () => {
    await server?.close();
  });

  describe('accessibility', () => {
    test.each(['light', 'dark'] as const)('every page type has no WCAG 2.2 AA violation (%s scheme)', async (colorScheme) => {
      // axe is injected as a script; the page's own CSP would (rightly) refuse it.
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      await stubVideoFrames(context);
      const page = await context.newPage();
      const failures: string[] = [];
      for (const url of await pageTypes()) {
        // A moved address leaves at once; the page it leads to is audited as its own type.
        if (await redirectOf(url)) continue;
        await page.goto(`${server.url}${withQuery(url)}`);
        if (url === '/tim-kiem/') await waitForResults(page);
        await page.addScriptTag({ content: axe.source });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
            runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
            // A story's video is another site's page; the frame itself (its title) is checked here.
            iframes: false,
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

    test('every internal link, image, source set, redirect, feed, data and sitemap URL resolves under the base', async () => {
      const origin = new URL(siteUrl).origin;
      const documents = (await readdir(dist, { recursive: true }))
        .map((f) => f.split(path.sep).join('/'))
        .filter((f) => /\.(html|xml|json|csv|txt)$/.test(f) && !f.startsWith('pagefind/'));
      const broken: string[] = [];
      let checked = 0;
      for (const file of documents) {
        for (const url of internalUrls(await readFile(path.join(dist, file), 'utf8'), origin)) {
          checked++;
          if (!resolvesIn(dist, url, base)) broken.push(`${file} → ${url}`);
        }
      }
      expect(documents.length).toBeGreaterThan(40);
      expect(checked).toBeGreaterThan(documents.length * 5);
      expect(broken).toEqual([]);
    });

    test('absolute URLs are on SITE_URL only: no file names the default address when SITE_URL is set', async () => {
      const files = (await readdir(dist, { recursive: true })).map((f) => f.split(path.sep).join('/')).filter((f) => /\.(html|xml|json|csv|txt)$/.test(f));
      const offenders: string[] = [];
      for (const file of files) if ((await readFile(path.join(dist, file), 'utf8')).includes(SITE.defaultUrl)) offenders.push(file);
      if (new URL(siteUrl).origin === SITE.defaultUrl) expect(offenders.length).toBeGreaterThan(0);
      else expect(offenders).toEqual([]);
    });

    test('the sitemap lists exactly the pages to index, on SITE_URL with the base: no 404, moved, withdrawn or embed page', async () => {
      const sitemap = await readFile(path.join(dist, 'sitemap-0.xml'), 'utf8');
      const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
      const indexable = htmlFiles.filter((f) => !noindex.has(f)).map(address).sort();
      expect(noindex.size).toBeGreaterThan(1);
      expect(listed).toEqual(indexable);
    });

    test('every page to index names itself as canonical, with the base; the others are noindex and name none', async () => {
      const wrong: string[] = [];
      for (const file of htmlFiles) {
        const html = await readFile(path.join(dist, file), 'utf8');
        const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
        const expected = noindex.has(file) ? undefined : address(file);
        if (canonical !== expected) wrong.push(`${file}: ${canonical} ≠ ${expected}`);
      }
      expect(wrong).toEqual([]);
    });

    test('every profile’s QR code decodes to the profile’s canonical URL', async () => {
      const codes = htmlFiles.filter((f) => /^dien-hinh\/[^/]+\/index\.html$/.test(f)).map((f) => f.replace('index.html', 'qr.svg'));
      const decoded: [string, string | undefined][] = [];
      for (const file of codes) {
        const svg = await readFile(path.join(dist, file)).catch(() => undefined);
        if (!svg) continue;
        const { data, info } = await sharp(svg, { density: 200 }).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
        decoded.push([file, jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data]);
      }
      expect(decoded.length).toBeGreaterThan(2);
      expect(decoded).toEqual(decoded.map(([file]) => [file, address(file.replace('qr.svg', ''))]));
    });

    test('_headers rules name the pages under the base, the embed card among them', async () => {
      const rules = (await readFile(path.join(dist, '_headers'), 'utf8')).split('\n').filter((line) => /^\S/.test(line) && !line.startsWith('#'));
      expect(rules).toContain(`${prefix}/*`);
      expect(rules).toContain(`${prefix}/dien-hinh/:slug/nhung/`);
      expect(rules.filter((r) => !r.startsWith(`${prefix}/`))).toEqual([]);
    });
  });

  describe('what pages load', () => {
    test('no console error, failed request or third-party request; scripts only on the search page, which finds results, and the editor', async () => {
      const problems: string[] = [];
      const scriptBytes: Record<string, number> = {};
      // The editor is Sveltia CMS's interface, not a page for readers: it is left out of the
      // accessibility run, but loads nothing from elsewhere and logs no error either.
      for (const url of [...(await pageTypes()), EDITOR]) {
        // The editor speaks the browser's language; an officer's browser says Vietnamese.
        const page = await browser.newPage(url === EDITOR ? { locale: 'vi-VN' } : {});
        await stubVideoFrames(page);
        scriptBytes[url] = 0;
        page.on('console', (m) => {
          // Chromium logs the 404 status of the missing address itself; that one is expected.
          const expected = url === MISSING && m.location().url === `${server.url}${MISSING}`;
          if (m.type() === 'error' && !expected) problems.push(`${url} console: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`${url} error: ${e.message}`));
        const target = await redirectOf(url);
        page.on('requestfailed', (r) => {
          // Leaving a moved address at once cancels what its own page was still loading.
          if (!(target && r.failure()?.errorText === 'net::ERR_ABORTED')) problems.push(`${url} failed: ${r.url()} ${r.failure()?.errorText}`);
        });
        // The editor reads its own uploads and pictures back as blob: and data: URLs of this page.
        const local = (u: string) => u.startsWith(server.url) || u.startsWith(`blob:${server.origin}/`) || u.startsWith('data:');
        page.on('request', (r) => {
          const video = r.resourceType() === 'document' && r.frame() !== page.mainFrame() && isVideoFrame(r.url());
          if (!local(r.url()) && !video) problems.push(`${url} third party: ${r.url()}`);
        });
        page.on('response', async (r) => {
          if (r.status() >= 400 && r.url() !== `${server.url}${MISSING}`) problems.push(`${url} HTTP ${r.status()}: ${r.url()}`);
          if (r.request().resourceType() === 'script') scriptBytes[url]! += (await r.body()).length;
        });
        const response = await page.goto(`${server.url}${withQuery(url)}`);
        expect(response?.status(), url).toBe(url === MISSING ? 404 : 200);
        // A moved address must lead to its new page under the base, and that page load cleanly.
        if (target) {
          expect(resolvesIn(dist, target, base), target).toBe(true);
          await page.waitForURL(`${server.origin}${target}`);
          await page.waitForLoadState('load');
        }
        if (url === '/tim-kiem/') {
          await waitForResults(page);
          expect(await page.getAttribute('#search-status', 'data-state')).toBe('ready');
          const results = await page.$$eval('#search-results .result-title a', (links) => links.map((a) => a.getAttribute('href')!));
          expect(results.length).toBeGreaterThan(0);
          for (const href of results) expect(resolvesIn(dist, href, base), href).toBe(true);
        }
        // Signed out, the editor settles on its sign-in screen, in Vietnamese: its script, strings
        // and config.yml all came from under the base.
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
});
