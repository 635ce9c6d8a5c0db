/**
 * `npm run screenshots`: builds nothing; serves the existing dist/ with
 * `astro preview` and saves screenshots of the main page types at phone and
 * desktop widths into docs/screenshots/, using Debian's Chromium (found, or installed
 * with apt-get as root, as for `npm test`). Run `npm run build` first. Downloads no browser.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumOrExit } from './lib/chromium.ts';

const PORT = 4329;
/** One page of every type; pass paths as arguments to take others. */
const EVERY_TYPE = [
  '/',
  '/dien-hinh/',
  '/dien-hinh/xa-giao-hoa/',
  '/cach-lam-hay/',
  '/linh-vuc/',
  '/dia-phuong/hai-hau/',
  '/khen-thuong/',
  '/thong-ke/',
  '/tim-kiem/?q=nong+dan',
  '/gioi-thieu/',
  '/du-lieu/',
  '/dien-hinh/xa-giao-hoa/nhung/',
  '/khong-co-trang-nay/',
];
const PAGES = process.argv.slice(2).length ? process.argv.slice(2) : EVERY_TYPE;
const WIDTHS = [375, 1280];

if (!existsSync('dist/index.html')) {
  console.error('dist/ is empty: run `npm run build` first.');
  process.exit(1);
}

const CHROMIUM = chromiumOrExit();

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(PORT)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => String(chunk).includes(`${PORT}`) && resolve(undefined));
  server.on('exit', reject);
});

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  await mkdir('docs/screenshots', { recursive: true });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 812 : 900 } });
    for (const path of PAGES) {
      await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: 'networkidle' });
      const name = path === '/' ? 'trang-chu' : path.replace(/\?.*$/, '').replace(/^\/|\/$/g, '').replace(/\//g, '-');
      const file = `docs/screenshots/${name}-${width}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
