/**
 * `npm run search:quality`: serves the built site (run `npm run build` first) and
 * prints, for every query in scripts/lib/search-queries.ts, the rank of the story
 * it must find, typed with and without diacritics, as a Markdown table for the README.
 */
import path from 'node:path';
import { foldVietnamese } from '../src/lib/fold.ts';
import { launchChromium } from './lib/chromium.ts';
import { searchSlugs } from './lib/search-page.ts';
import { SEARCH_QUERIES } from './lib/search-queries.ts';
import { serveStatic } from './lib/static-server.ts';

const server = await serveStatic(path.resolve('dist'));
const browser = await launchChromium();
const page = await browser.newPage();
const rank = (slugs: string[], slug: string) => (slugs.includes(slug) ? String(slugs.indexOf(slug) + 1) : '—');
try {
  console.log('| Gõ vào ô tìm kiếm | Loại | Điển hình cần tìm | Hạng | Dạng còn lại | Hạng |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const { query, typed, expected, kind } of SEARCH_QUERIES) {
    const plain = foldVietnamese(query);
    const [asTyped, other] = typed === 'plain' ? [plain, query] : [query, plain];
    const typedRank = rank(await searchSlugs(page, server.url, asTyped), expected);
    const otherRank = rank(await searchSlugs(page, server.url, other), expected);
    console.log(`| ${asTyped} | ${kind} | \`${expected}\` | ${typedRank} | ${other} | ${otherRank} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
