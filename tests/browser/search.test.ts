import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { searchSlugs, showAskedResults, shownSlugs, waitForResults } from '../../scripts/lib/search-page.ts';
import { SEARCH_QUERIES } from '../../scripts/lib/search-queries.ts';
import { resolvesIn } from '../../scripts/lib/links.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { checkContent } from '../../src/content-rules/check-content.ts';
import { foldDStroke, foldVietnamese } from '../../src/lib/fold.ts';
import { vi } from '../../src/i18n/vi.ts';
import { readFragments, unpackPagefindFile } from '../helpers/pagefind.ts';

const CONTENT = path.resolve('content');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const outDir = inject('siteDir');
let page: Page;

beforeAll(async () => {
  server = await serveStatic(outDir);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Waits, from outside the page, until its search has finished: with the page's clock
 * stopped, Playwright's own waiting inside the page (which runs on that clock) never ends.
 */
async function settled(p: Page): Promise<void> {
  await expect.poll(() => p.getAttribute('#search-status', 'data-state')).toBe('ready');
}

/**
 * The search page on a phone, its clock installed and stopped once Pagefind is set up
 * (Pagefind waits on that clock while it sets up), with the index chunks it fetches.
 */
async function searchPageOnHeldClock() {
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
  const p = await phone.newPage();
  const chunks: string[] = [];
  p.on('request', (r) => r.url().includes('/pagefind/index/') && chunks.push(r.url()));
  await p.clock.install();
  await p.goto(`${server.url}/tim-kiem/`);
  await settled(p);
  await p.evaluate('import("/pagefind/pagefind.js").then((pagefind) => pagefind.search(null, {})).then(() => true)');
  await p.clock.pauseAt(Date.now() + 60_000);
  return { phone, p, chunks };
}

/** Every result of a query, loading more until there are no more. */
async function allResults(query: string): Promise<string[]> {
  await searchSlugs(page, server.url, query);
  const more = page.locator('#search-more');
  while (await more.isVisible()) {
    const before = (await shownSlugs(page)).length;
    await more.click();
    await expect.poll(() => shownSlugs(page).then((s) => s.length)).toBeGreaterThan(before);
    await showAskedResults(page);
  }
  return shownSlugs(page);
}

/** Published sample stories, from the same content the build used. */
async function publishedStories() {
  const { stories } = await checkContent(CONTENT);
  return [...stories.entries()].filter(([, s]) => !s.draft);
}

describe('search quality over the sample content', () => {
  test.each(SEARCH_QUERIES)('“$query” ($typed) puts $expected in the top 3', async ({ query, typed, expected }) => {
    const asTyped = typed === 'plain' ? foldVietnamese(query) : query;
    const slugs = await searchSlugs(page, server.url, asTyped);
    expect(slugs.slice(0, 3), `results: ${slugs.join(', ')}`).toContain(expected);
  });

  test('without diacritics (đ included) a query finds every story it finds with them', async () => {
    for (const { query } of SEARCH_QUERIES) {
      const marked = await allResults(query);
      const plain = await allResults(foldVietnamese(query));
      expect(marked.length, query).toBeGreaterThan(0);
      for (const slug of marked) expect(plain, `${query} → ${foldVietnamese(query)}`).toContain(slug);
    }
  });

  test('a name with đ typed without it finds that person in the top 3', async () => {
    for (const [plain, slug] of [
      ['pham minh duc', 'pham-minh-duc'],
      ['dang van khoa', 'dang-van-khoa'],
      ['vu dinh thang', 'vu-dinh-thang'],
      ['dinh van loc', 'gia-dinh-ong-dinh-van-loc'],
      ['luu duc thang', 'gia-dinh-ong-luu-duc-thang'],
    ]) {
      expect((await searchSlugs(page, server.url, plain!)).slice(0, 3), plain).toContain(slug);
    }
  });

  test('a draft is never found', async () => {
    expect(await searchSlugs(page, server.url, 'Bản nháp mẫu')).not.toContain('ban-nhap-mau');
    expect(await searchSlugs(page, server.url, 'Nguyễn Văn Mẫu')).not.toContain('ban-nhap-mau');
  });
});

/** The profiles of the built sample site: slug, served HTML and the text Pagefind indexed for it. */
async function indexedProfiles(): Promise<{ slug: string; html: string; indexed: string }[]> {
  return Promise.all(
    (await readFragments(outDir)).map(async ({ url, content }) => ({
      slug: url.split('/').at(-2)!,
      html: await readFile(path.join(outDir, url, 'index.html'), 'utf8'),
      indexed: content,
    })),
  );
}

/** The words of a text, lower case. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe('what the index holds of a profile', () => {
  test('each word of the running text once: a word the story repeats is indexed at its first mention only', async () => {
    const profiles = await indexedProfiles();
    expect(profiles.length).toBeGreaterThan(20);
    const count = (words: string[], word: string) => words.filter((w) => w === word).length;
    const textOf = (html: string) => wordsOf(foldDStroke(html.replace(/<[^>]+>/g, ' ')));
    for (const { slug, html, indexed } of profiles) {
      const start = html.indexOf(' data-pagefind-body');
      const article = textOf(html.slice(start, html.indexOf('</article>', start)));
      const prose = textOf(/<div class="prose">([\s\S]*?)<\/div>/.exec(html)![1]!);
      // Words the prose repeats and the rest of the article never uses (title, practices, ignored parts).
      const repeatedInProseOnly = [...new Set(prose)].filter((w) => count(prose, w) > 1 && count(article, w) === count(prose, w));
      expect(repeatedInProseOnly.length, `${slug}: the control, words the page repeats`).toBeGreaterThan(2);
      const inIndex = wordsOf(indexed);
      for (const word of repeatedInProseOnly) expect(count(inIndex, word), `${slug}: “${word}”`).toBe(1);
    }
  });

  test('a word found only in a story’s summary still finds it: the summary is indexed once, as metadata', async () => {
    let tried = 0;
    for (const { slug, html, indexed } of await indexedProfiles()) {
      const summary = /<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(html)![1]!;
      const only = wordsOf(foldDStroke(summary)).filter((word) => word.length > 3 && !wordsOf(indexed).includes(word));
      if (only.length < 2 || tried >= 3) continue;
      tried += 1;
      const query = only.slice(0, 2).join(' ');
      expect(await searchSlugs(page, server.url, query), `${slug}: “${query}”`).toContain(slug);
    }
    expect(tried).toBe(3);
  });
});

describe('the shipped index', () => {
  test('is cut into small chunks (PAGEFIND_ENV reached Pagefind), so a query fetches little of it', async () => {
    // At Pagefind's default threshold (20,000 word positions) the sample site's index is 1–2 chunks; at ours (4,000), 7.
    const chunks = await readdir(path.join(outDir, 'pagefind/index'));
    expect(chunks.length).toBeGreaterThan(4);
  });

  test('loads no sort table first: pages are numbered newest first instead (the filters it does hold: the control)', async () => {
    const dir = path.join(outDir, 'pagefind');
    const metaFile = (await readdir(dir)).find((f) => f.endsWith('.pf_meta'))!;
    const meta = (await unpackPagefindFile(path.join(dir, metaFile))).toString('latin1');
    expect(meta).not.toContain('published');
    for (const facet of ['linh-vuc', 'dia-phuong', 'nam']) expect(meta).toContain(facet);
  });
});

describe('the search page', () => {
  test('typing searches as you type and keeps the query in the URL', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    await waitForResults(page);
    await page.locator('#q').pressSequentially('nong dan hai hau');
    await page.waitForURL(/\?q=nong\+dan\+hai\+hau$/);
    await waitForResults(page);
    expect((await shownSlugs(page))[0]).toBe('tran-van-binh');
    await expect.poll(() => page.textContent('#search-status')).toContain('nong dan hai hau');
  });

  test('a filter alone lists exactly that field’s stories, newest first', async () => {
    const expected = (await publishedStories())
      .filter(([, s]) => s.field === 'y-te')
      .sort(([, a], [, b]) => b.published.getTime() - a.published.getTime())
      .map(([slug]) => slug);
    expect(await searchSlugs(page, server.url, '', 'linh-vuc=y-te')).toEqual(expected);
  });

  test('filters combine: any value within a facet, every facet together, with counts', async () => {
    const stories = await publishedStories();
    await page.goto(`${server.url}/tim-kiem/`);
    await waitForResults(page);
    await page.getByRole('checkbox', { name: /^Nông nghiệp/ }).check();
    await page.waitForURL(/linh-vuc=nong-nghiep/);
    await waitForResults(page);
    await showAskedResults(page);
    const farming = stories.filter(([, s]) => s.field === 'nong-nghiep');
    expect((await shownSlugs(page)).sort()).toEqual(farming.map(([slug]) => slug).sort());
    // Only places that have farming stories stay offered, each with its count.
    const giaoThuy = farming.filter(([, s]) => s.locality === 'giao-thuy').length;
    await expect.poll(() => page.getByRole('checkbox', { name: /^Giao Thủy/ }).locator('..').textContent()).toContain(`(${giaoThuy})`);
    expect(await page.getByRole('checkbox', { name: /^Cấp tỉnh/ }).isVisible()).toBe(false);

    await page.getByRole('checkbox', { name: /^Hải Hậu/ }).check();
    await page.waitForURL(/dia-phuong=hai-hau/);
    await waitForResults(page);
    await showAskedResults(page);
    const both = farming.filter(([, s]) => s.locality === 'hai-hau').map(([slug]) => slug);
    expect((await shownSlugs(page)).sort()).toEqual(both.sort());

    await page.getByRole('checkbox', { name: /^Giao Thủy/ }).check();
    await page.waitForURL(/dia-phuong=giao-thuy/);
    await waitForResults(page);
    await showAskedResults(page);
    const either = farming.filter(([, s]) => ['hai-hau', 'giao-thuy'].includes(s.locality)).map(([slug]) => slug);
    expect((await shownSlugs(page)).sort()).toEqual(either.sort());
  });

  test('a shared URL restores query and filters, and the back button returns to the previous search', async () => {
    const first = await searchSlugs(page, server.url, 'hien mau');
    expect(first[0]).toBe('vu-dinh-thang');
    const input = page.locator('#q');
    await input.fill('banh da');
    await input.press('Enter');
    await page.waitForURL(/q=banh\+da/);
    await waitForResults(page);
    expect((await shownSlugs(page))[0]).toBe('gia-dinh-ba-hoang-thi-mai');
    await page.goBack();
    await page.waitForURL(/q=hien\+mau/);
    await waitForResults(page);
    await showAskedResults(page);
    expect(await input.inputValue()).toBe('hien mau');
    expect(await shownSlugs(page)).toEqual(first);
  });

  test('results show thumbnail, title, kind, field, place and summary', async () => {
    await searchSlugs(page, server.url, 'xa giao hoa chuyen doi so');
    const first = page.locator('#search-results .result').first();
    expect(await first.locator('.result-title').textContent()).toContain('Xã Giao Hòa');
    expect(await first.locator('.result-meta').textContent()).toBe('Tập thể · Khoa học và công nghệ · Giao Thủy');
    expect((await first.locator('.result-summary').textContent())!.length).toBeGreaterThan(50);
    expect(await first.locator('img').getAttribute('src')).toMatch(/\.webp$/);
  });

  test('more results load on request, ten at a time', async () => {
    const all = await searchSlugs(page, server.url, '', 'doi-tuong=ca-nhan');
    const individuals = (await publishedStories()).filter(([, s]) => s.subject.kind === 'ca-nhan').length;
    expect(all).toHaveLength(Math.min(10, individuals));
    await page.getByRole('button', { name: vi.search.client.more }).click();
    await showAskedResults(page);
    await expect.poll(() => shownSlugs(page).then((s) => s.length)).toBe(Math.min(20, individuals));
  });

  test('on a phone the first search fetches only the results on its first screen; the rest load as the list scrolls', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
    const p = await phone.newPage();
    const fragments: string[] = [];
    p.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url()));
    await p.goto(`${server.url}/tim-kiem/?q=nong+dan`);
    await waitForResults(p);
    const first = await shownSlugs(p);
    // One result fills a phone's first screen; the first fetch brings the top 3, never the page of ten.
    expect(first).toHaveLength(3);
    expect(fragments).toHaveLength(3);
    const unshown = Number(await p.getAttribute('#search-results', 'data-unshown'));
    expect(unshown).toBeGreaterThan(0);
    expect(await p.locator('#search-more').isVisible()).toBe(false);
    await showAskedResults(p);
    const page1 = await shownSlugs(p);
    expect(page1.slice(0, 3)).toEqual(first);
    expect(page1).toHaveLength(3 + unshown);
    expect(fragments).toHaveLength(3 + unshown);
    expect(await p.locator('#search-more').isVisible()).toBe(3 + unshown === 10);
    await phone.close();
  });

  test('a query that arrives whole is fetched at once; letters typed one by one wait for the pause', async () => {
    // The page's clock stands still: the search after the typing pause starts only when the
    // test moves it on, so any index chunk fetched before that was asked for ahead of it.
    const { phone, p, chunks } = await searchPageOnHeldClock();
    // Letters one by one: nothing is fetched while the clock stands…
    await p.locator('#q').pressSequentially('ng');
    await p.waitForLoadState('networkidle');
    expect(chunks).toEqual([]);
    // …and once the pause has passed, the search runs and fetches (the control).
    await p.clock.runFor(1_000);
    await expect.poll(() => chunks.length).toBeGreaterThan(0);
    await settled(p);
    // Whole words at once (pasted, or a phone keyboard's word): fetched before any pause.
    chunks.length = 0;
    await p.locator('#q').fill('tiet kiem');
    await expect.poll(() => chunks.length).toBeGreaterThan(0);
    expect(p.url()).toMatch(/\?q=ng$/);
    await p.clock.runFor(1_000);
    await p.waitForURL(/\?q=tiet\+kiem$/);
    await settled(p);
    await phone.close();
  });

  test('a single letter being typed is not searched; a second letter, a space after it or Enter is', async () => {
    // The page's clock stands still: the search after the typing pause starts only when the
    // test moves it on, so any index chunk fetched before that was asked for ahead of it.
    const { phone, p, chunks } = await searchPageOnHeldClock();
    const box = p.locator('#q');
    const pause = async () => {
      await p.clock.runFor(1_000);
      await p.waitForLoadState('networkidle');
    };
    await box.pressSequentially('n');
    await pause();
    expect(chunks).toEqual([]);
    expect(p.url()).toMatch(/\/tim-kiem\/$/);
    // The control: the same pause after a second letter searches.
    await box.pressSequentially('g');
    await pause();
    await p.waitForURL(/\?q=ng$/);
    await settled(p);
    expect(chunks.length).toBeGreaterThan(0);
    const shown = await shownSlugs(p);
    expect(shown.length).toBeGreaterThan(0);
    // A lone letter after a word: the word's results and URL stay…
    await box.pressSequentially(' d');
    await pause();
    expect(p.url()).toMatch(/\?q=ng$/);
    expect(await shownSlugs(p)).toEqual(shown);
    // …until Enter searches it as it is,
    await box.press('Enter');
    await p.waitForURL(/\?q=ng\+d$/);
    await settled(p);
    // and a one-letter word ended by a space is searched at the pause.
    await box.fill('');
    await box.pressSequentially('y ');
    await pause();
    await p.waitForURL(/\?q=y$/);
    await phone.close();
  });

  test('opening the page fetches none of the index’s words or results before the reader types', async () => {
    const fetched: string[] = [];
    const watch = (r: { url(): string }) => /\/pagefind\/(index|fragment|filter)\//.test(r.url()) && fetched.push(r.url());
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
    const p = await phone.newPage();
    p.on('request', watch);
    await p.goto(`${server.url}/tim-kiem/`);
    await waitForResults(p);
    // The warm-up search for nothing runs in Pagefind's worker; let it finish.
    // As a string: Vitest would rewrite a dynamic import() written in a function.
    await p.evaluate('import("/pagefind/pagefind.js").then((pagefind) => pagefind.search(null, {})).then(() => true)');
    await p.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await phone.close();
  });

  test('the status is a live region and the keyboard reaches every filter', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    await waitForResults(page);
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    await page.locator('#q').focus();
    const stops: string[] = [];
    for (let i = 0; i < 4 && stops.at(-1) !== 'checkbox'; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => (document.activeElement as HTMLInputElement).type ?? document.activeElement!.tagName));
    }
    // Search box → button → the filters' summary → the first filter.
    expect(stops).toEqual(['submit', undefined, 'checkbox'].map((s) => s ?? expect.any(String)));
    await page.keyboard.press('Space');
    await page.waitForURL(/linh-vuc=/);
  });

  test('on a phone the filters start closed, and opening them shows counts for the current query', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
    const p = await phone.newPage();
    const filterRequests: string[] = [];
    p.on('request', (r) => r.url().includes('/pagefind/filter/') && filterRequests.push(r.url()));
    await searchSlugs(p, server.url, 'nong dan hai hau');
    expect(await p.locator('#filters').getAttribute('open')).toBeNull();
    expect(filterRequests).toEqual([]);
    await p.getByText(vi.search.filters, { exact: true }).click();
    await expect.poll(() => p.getByRole('checkbox', { name: /^Cấp tỉnh/ }).isVisible()).toBe(false);
    expect(filterRequests.length).toBeGreaterThan(0);
    expect(await p.getByRole('checkbox', { name: /^Hải Hậu/ }).isVisible()).toBe(true);
    await phone.close();
  });

  test('without a search index the page says so in plain words', async () => {
    const bare = await serveStatic(outDir, { hide: ['/pagefind/'] });
    try {
      await page.goto(`${bare.url}/tim-kiem/?q=nong`);
      await waitForResults(page);
      expect(await page.textContent('#search-status')).toBe(vi.search.client.noIndex);
    } finally {
      await bare.close();
    }
  });
});

describe('search without JavaScript, and JavaScript only where needed', () => {
  test('the header search box works without JavaScript and the search page points to browsing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.url}/dia-phuong/`);
    await noJs.getByLabel(vi.search.headerLabel).fill('nông dân');
    await noJs.getByLabel(vi.search.headerLabel).press('Enter');
    await noJs.waitForURL(/\/tim-kiem\/\?q=n%C3%B4ng\+d%C3%A2n$/);
    const note = noJs.locator('#can-javascript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.locator('p').textContent()).toBe(vi.search.noscript);
    expect(await note.getByRole('link', { name: vi.browse.localities }).getAttribute('href')).toBe('/dia-phuong/');
    await context.close();
  });

  test('only the search page loads scripts, and no page logs an error', async () => {
    const scriptsOf = async (url: string) => {
      const scripts: string[] = [];
      const errors: string[] = [];
      const p = await browser.newPage();
      p.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(`${server.url}${url}`);
      if (url.startsWith('/tim-kiem/')) await waitForResults(p);
      await p.close();
      return { scripts, errors };
    };
    for (const url of ['/', '/dien-hinh/', '/dien-hinh/tran-van-binh/', '/linh-vuc/nong-nghiep/', '/gioi-thieu/']) {
      expect(await scriptsOf(url), url).toEqual({ scripts: [], errors: [] });
    }
    const search = await scriptsOf('/tim-kiem/?q=nong');
    expect(search.errors).toEqual([]);
    expect(search.scripts.some((s) => s.includes('/pagefind/pagefind.js'))).toBe(true);
  });
});

describe('search on the site as deployed, under a base path', () => {
  const based = inject('sites').find((s) => s.base !== '/')!;
  let site: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    site = await serveStatic(based.dir, { base: based.base });
  });

  afterAll(async () => {
    await site?.close();
  });

  test('the page loads Pagefind from under the base, and results link to profiles under the base', async () => {
    const loaded: string[] = [];
    const watch = (r: { url(): string }) => r.url().includes('/pagefind/') && loaded.push(new URL(r.url()).pathname);
    page.on('request', watch);
    const slugs = await searchSlugs(page, site.url, 'nguyen van an');
    page.off('request', watch);
    expect(await page.getAttribute('#search-status', 'data-state')).toBe('ready');
    expect(slugs[0]).toBe('nguyen-van-an');
    expect(loaded.length).toBeGreaterThan(1);
    expect(loaded.filter((p) => !p.startsWith(`${based.base}pagefind/`))).toEqual([]);
    const href = (await page.locator('#search-results .result-title a').first().getAttribute('href'))!;
    expect(href).toBe(`${based.base}dien-hinh/nguyen-van-an/`);
    expect(resolvesIn(based.dir, href, based.base)).toBe(true);
    await page.locator('#search-results .result-title a').first().click();
    await page.waitForURL(`${site.url}/dien-hinh/nguyen-van-an/`);
    expect(await page.locator('h1').textContent()).toContain('Người nông dân giữ giống lúa thơm ở Hải Hậu');
  });

  test('a result’s thumbnail loads from under the base', async () => {
    await searchSlugs(page, site.url, 'tieng anh');
    const img = page.locator('#search-results .result img').first();
    expect(await img.getAttribute('src')).toMatch(new RegExp(`^${based.base}_astro/.+\\.webp$`));
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
  });

  test('filters work under the base and keep the page under it', async () => {
    const slugs = await searchSlugs(page, site.url, '', 'linh-vuc=giao-duc');
    expect(slugs).toEqual(['tran-thi-lan']);
    expect(new URL(page.url()).pathname).toBe(`${based.base}tim-kiem/`);
  });

  test('without its index under the base the page says so in plain words', async () => {
    const bare = await serveStatic(based.dir, { base: based.base, hide: ['/pagefind/'] });
    try {
      await page.goto(`${bare.url}/tim-kiem/?q=nong`);
      await waitForResults(page);
      expect(await page.textContent('#search-status')).toBe(vi.search.client.noIndex);
    } finally {
      await bare.close();
    }
  });
});
