/**
 * `npm run audit` (not part of CI): Lighthouse, mobile settings, on the built site
 * served locally with Debian's Chromium (found or installed as for `npm test`). Prints
 * the four category scores per page and writes the HTML reports to audit-results/.
 * Run `npm run build` first.
 * Target: 100 in every category.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumOrExit } from './lib/chromium.ts';
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
const rows: string[][] = [];
try {
  for (const page of PAGES) {
    const result = await lighthouse(`${server.url}${page}`, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const scores = CATEGORIES.map((c) => String(Math.round((result.lhr.categories[c]?.score ?? 0) * 100)));
    rows.push([page, ...scores]);
    const name = page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'trang-chu';
    await writeFile(path.join(OUT, `${name}.html`), String(result.report));
    console.log(`${page.padEnd(28)} ${scores.map((s) => s.padStart(4)).join(' ')}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(`\n${'page'.padEnd(28)} ${CATEGORIES.map((c) => c.slice(0, 4).padStart(4)).join(' ')}  (reports in ${OUT})`);
const missed = rows.filter((r) => r.slice(1).some((s) => s !== '100'));
console.log(missed.length ? `Below 100: ${missed.map((r) => r[0]).join(', ')}` : 'Every page scores 100 in every category.');
