/**
 * `npm run bench:search`: what search costs a citizen as the site grows.
 *
 *   node scripts/bench/search.ts [--sizes 1000,10000] [--out bench-results/search.json]
 *   node scripts/bench/search.ts --site <built dist> [--out …]
 *
 * For each size: generate N stories (scripts/bench/generate.ts), build the site,
 * serve it on 127.0.0.1 and open /tim-kiem/ in Debian's Chromium with an empty
 * cache at phone size. Reports the Pagefind index size, the bytes the page downloads before and
 * for the first query, and the time from the last keystroke to the first results
 * shown (the page waits 100 ms after the last keystroke before it searches; that is included).
 * Prints numbers against the targets; never fails on a missed target.
 *
 * The peer: at 1,000 stories (or the first size given) the same generated stories are
 * built as a Starlight site (scripts/bench/starlight.ts) and the same queries typed into
 * its default search dialog, counting its /pagefind/ bytes the same way. `--no-starlight`
 * skips it.
 *
 * `--site <dir>` measures a site already built (an A/B of two index designs on the same
 * pages, without building twice); its size is the number of pages its index holds, and no
 * peer is built.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildContentRoot } from '../lib/build.ts';
import { launchChromium } from '../lib/chromium.ts';
import { median } from '../lib/median.ts';
import { waitForResults } from '../lib/search-page.ts';
import { serveStatic } from '../lib/static-server.ts';
import { generateContentRoot } from './generate.ts';
import { ensureStarlight, STARLIGHT_VERSION, writeStarlight } from './starlight.ts';

const QUERIES = ['nong dan', 'nguyen van', 'tiet kiem dien', 'dao minh', 'giao duc'];
const TARGET_FIRST_QUERY_KB: Record<number, number> = { 1000: 120, 10000: 200 };
const TARGET_RESULTS_MS = 300;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1]! : fallback;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Pagefind bytes the server has sent so far (its script, WebAssembly, index, filters, fragments). */
let pagefindBytes = 0;
let pageBytes = 0;

/**
 * Loads the search page cold, then types one query; returns bytes and milliseconds.
 * Bytes are counted at the server, so requests from Pagefind's worker count too.
 * The page itself (HTML, CSS, our script) is page weight and reported apart.
 */
async function measureQuery(page: Page, url: string, query: string) {
  const [startPagefind, startPage] = [pagefindBytes, pageBytes];
  await page.goto(`${url}/tim-kiem/`);
  await waitForResults(page);
  await page.waitForLoadState('networkidle');
  const pageLoadBytes = pagefindBytes - startPagefind;
  const { ms, shown } = await page.evaluate(async (q) => {
    const input = document.getElementById('q') as HTMLInputElement;
    const status = document.getElementById('search-status')!;
    const list = document.getElementById('search-results')!;
    return new Promise<{ ms: number; shown: number }>((resolve) => {
      const start = performance.now();
      // The search this query starts: 'loading', then 'ready' however many results it found.
      let started = false;
      const observer = new MutationObserver(() => {
        if (status.dataset.state === 'loading') started = true;
        else if (started && status.dataset.state === 'ready') {
          observer.disconnect();
          resolve({ ms: performance.now() - start, shown: list.children.length });
        }
      });
      observer.observe(status, { attributes: true });
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }, query);
  // A query that finds nothing fetches less than one that does: its bytes would flatter the page.
  if (shown === 0) throw new Error(`"${query}" found nothing on ${url}: bench:search's queries are made for sites from scripts/bench/generate.ts`);
  await page.waitForLoadState('networkidle');
  return { pageBytes: pageBytes - startPage, pageLoadBytes, queryBytes: pagefindBytes - startPagefind - pageLoadBytes, ms };
}

/** Builds the Starlight peer over a generated content root's stories; returns its output folder. */
async function buildStarlight(root: string): Promise<string> {
  const dir = await ensureStarlight();
  await writeStarlight(dir, path.join(root, 'stories'));
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`Starlight build exited with ${code}`);
  return path.join(dir, 'dist');
}

/**
 * Opens a Starlight page cold, opens its search dialog and types the query, as a reader
 * would; waits until results are shown and the network is quiet. Starlight loads its
 * search UI (Pagefind's default UI, bundled into the page's script) when the page is idle
 * and Pagefind's files when the dialog opens.
 */
async function measureStarlightQuery(page: Page, url: string, slug: string, query: string) {
  const [startPagefind, startPage] = [pagefindBytes, pageBytes];
  await page.goto(`${url}/${slug}/`);
  await page.waitForLoadState('networkidle');
  const pageLoadBytes = pagefindBytes - startPagefind;
  await page.click('button[data-open-modal]');
  const input = page.locator('#starlight__search input');
  await input.waitFor();
  await input.fill(query);
  await page.waitForSelector('#starlight__search .pagefind-ui__result');
  await page.waitForLoadState('networkidle');
  return { pageBytes: pageBytes - startPage, pageLoadBytes, queryBytes: pagefindBytes - startPagefind - pageLoadBytes };
}

/** The pages a built site's index holds, from Pagefind's own entry file. */
async function indexedPages(dist: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

const site = process.argv.includes('--site') ? path.resolve(arg('site', '')) : undefined;
const sizes = site ? [await indexedPages(site)] : arg('sizes', '1000,10000').split(',').map(Number);
const withStarlight = !site && !process.argv.includes('--no-starlight');
let starlight:
  | { n: number; indexBytes: number; medianPageLoadBytes: number; medianSearchBytes: number; medianQueryOnlyBytes: number; medianPageBytes: number; runs: unknown[] }
  | undefined;
const out = path.resolve(arg('out', 'bench-results/search.json'));
const rows = [];
const browser = await launchChromium();
try {
  for (const n of sizes) {
    const work = await mkdtemp(path.join(os.tmpdir(), 'dien-hinh-search-bench-'));
    const root = path.join(work, 'content');
    const build = site ? { code: 0, outDir: site, output: '' } : (await generateContentRoot(root, n), await buildContentRoot(root));
    if (build.code !== 0) throw new Error(`build of ${n} stories failed:\n${build.output.slice(-2000)}`);
    const server = await serveStatic(build.outDir, {
      onSent: (pathname, bytes) => {
        if (pathname.startsWith('/pagefind/')) pagefindBytes += bytes;
        else pageBytes += bytes;
      },
    });
    const runs = [];
    for (const query of QUERIES) {
      // A phone: the filter panel starts closed, so filter data is not fetched.
      const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
      runs.push({ query, ...(await measureQuery(await context.newPage(), server.url, query)) });
      await context.close();
    }
    await server.close();
    const indexBytes = await folderBytes(path.join(build.outDir, 'pagefind'));
    if (withStarlight && !starlight) {
      const dist = await buildStarlight(root);
      const peer = await serveStatic(dist, {
        onSent: (pathname, bytes) => {
          if (pathname.startsWith('/pagefind/')) pagefindBytes += bytes;
          else pageBytes += bytes;
        },
      });
      const slug = (await readdir(path.join(root, 'stories'))).sort()[0]!.replace(/\.mdx$/, '');
      const peerRuns = [];
      for (const query of QUERIES) {
        const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true });
        peerRuns.push({ query, ...(await measureStarlightQuery(await context.newPage(), peer.url, slug, query)) });
        await context.close();
      }
      await peer.close();
      starlight = {
        n,
        indexBytes: await folderBytes(path.join(dist, 'pagefind')),
        medianPageLoadBytes: median(peerRuns.map((r) => r.pageLoadBytes)),
        medianSearchBytes: median(peerRuns.map((r) => r.pageLoadBytes + r.queryBytes)),
        medianQueryOnlyBytes: median(peerRuns.map((r) => r.queryBytes)),
        medianPageBytes: median(peerRuns.map((r) => r.pageBytes)),
        runs: peerRuns,
      };
    }
    rows.push({
      n,
      indexBytes,
      medianPageBytes: median(runs.map((r) => r.pageBytes)),
      medianPageLoadBytes: median(runs.map((r) => r.pageLoadBytes)),
      medianSearchBytes: median(runs.map((r) => r.pageLoadBytes + r.queryBytes)),
      medianQueryOnlyBytes: median(runs.map((r) => r.queryBytes)),
      medianMs: Math.round(median(runs.map((r) => r.ms))),
      maxMs: Math.round(Math.max(...runs.map((r) => r.ms))),
      runs,
    });
    await rm(work, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nPagefind bytes: "on load" is fetched when the page opens (script, WebAssembly, index entry, filters);');
console.log('"first query" adds what the first search fetches; the page itself (HTML, CSS, our script) is not counted.');
console.log('N       index      on load      load + first query          query only   results after typing (median / max)');
for (const r of rows) {
  const target = TARGET_FIRST_QUERY_KB[r.n];
  const sizeOk = target === undefined ? '' : r.medianSearchBytes <= target * 1024 ? ` ok ≤ ${target} KB` : ` MISSED > ${target} KB`;
  const timeOk = r.medianMs <= TARGET_RESULTS_MS ? `ok ≤ ${TARGET_RESULTS_MS} ms` : `MISSED > ${TARGET_RESULTS_MS} ms`;
  console.log(
    `${String(r.n).padEnd(7)} ${kb(r.indexBytes).padEnd(10)} ${kb(r.medianPageLoadBytes).padEnd(12)} ${(kb(r.medianSearchBytes) + sizeOk).padEnd(27)} ${kb(r.medianQueryOnlyBytes).padEnd(12)} ${r.medianMs} / ${r.maxMs} ms ${timeOk}`,
  );
}
if (starlight) {
  const ours = rows.find((r) => r.n === starlight!.n)!;
  const ratio = `×${(ours.medianSearchBytes / starlight.medianSearchBytes).toFixed(2)} of Starlight`;
  console.log(
    `${`${starlight.n} SL`.padEnd(7)} ${kb(starlight.indexBytes).padEnd(10)} ${kb(starlight.medianPageLoadBytes).padEnd(12)} ${kb(starlight.medianSearchBytes).padEnd(27)} ${kb(starlight.medianQueryOnlyBytes).padEnd(12)} (not timed)`,
  );
  console.log(
    `SL: Starlight ${STARLIGHT_VERSION} over the same ${starlight.n} stories, the same queries typed into its search dialog (Pagefind's default UI,\n` +
      `which comes in the page's own script: ${kb(starlight.medianPageBytes)} of page). This site's first query is ${ratio}.`,
  );
}
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify({ date: new Date().toISOString(), queries: QUERIES, rows, starlight }, null, 2)}\n`);
console.log(`\n${out}`);
