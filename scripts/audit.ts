/**
 * `npm run audit` (not part of CI): Lighthouse, mobile settings, on the built site
 * served locally with Debian's Chromium (found or installed as for `npm test`). Prints
 * the four category scores per page and writes the HTML reports to audit-results/.
 * Run `npm run build` first.
 * Target: 100 in every category.
 *
 *   node scripts/audit.ts [--runs N]
 *
 * One run of a page can miss a point for reasons of the machine (headless Chromium here
 * sometimes paints its first frame a second late, on pages with no script too), so
 * `--runs N` audits each page N times, prints every run with its blocking time (the part
 * of the score a page's scripts decide) and judges the median score.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumOrExit } from './lib/chromium.ts';
import { median } from './lib/median.ts';
import { serveStatic } from './lib/static-server.ts';

const PAGES = ['/', '/dien-hinh/xa-giao-hoa/', '/dien-hinh/', '/linh-vuc/nong-nghiep/', '/tim-kiem/?q=nong+dan'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const OUT = path.resolve('audit-results');

const chromePath = chromiumOrExit();
const server = await serveStatic(path.resolve('dist'));
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
await mkdir(OUT, { recursive: true });
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs: a positive integer, e.g. 5');
const rows: string[][] = [];
try {
  for (const page of PAGES) {
    const runs: number[][] = [];
    for (let run = 1; run <= RUNS; run++) {
      const result = await lighthouse(`${server.url}${page}`, {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const scores = CATEGORIES.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
      runs.push(scores);
      const blocking = Math.round(result.lhr.audits['total-blocking-time']?.numericValue ?? 0);
      const name = page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'trang-chu';
      await writeFile(path.join(OUT, `${name}${RUNS > 1 ? `-${run}` : ''}.html`), String(result.report));
      console.log(`${page.padEnd(28)} ${scores.map((s) => String(s).padStart(4)).join(' ')}  blocking ${blocking} ms${RUNS > 1 ? ` (run ${run})` : ''}`);
    }
    rows.push([page, ...CATEGORIES.map((_, i) => String(median(runs.map((r) => r[i]!))))]);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`\n${'page'.padEnd(28)} ${CATEGORIES.map((c) => c.slice(0, 4).padStart(4)).join(' ')}  (reports in ${OUT})`);
if (RUNS > 1) for (const row of rows) console.log(`${row[0]!.padEnd(28)} ${row.slice(1).map((s) => s.padStart(4)).join(' ')}  (median of ${RUNS})`);
const missed = rows.filter((r) => r.slice(1).some((s) => s !== '100'));
console.log(missed.length ? `Below 100: ${missed.map((r) => r[0]).join(', ')}` : 'Every page scores 100 in every category.');
