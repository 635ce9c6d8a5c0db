/**
 * What a built site weighs, grouped by the kind of file, and per story: the number a
 * static host's size limit (GitHub Pages: 1 GB) is checked against. Stories are counted
 * by their Open Graph card (og.png, or og.jpg with a cover), which every published profile
 * has exactly one of.
 *
 *   node scripts/bench/deploy-size.ts dist
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface DeploySizeRow {
  kind: string;
  files: number;
  bytes: number;
}

export interface DeploySize {
  totalBytes: number;
  /** Stories in the build (profiles with an og.png or og.jpg). */
  stories: number;
  /** Every byte of the site divided by its stories (0 when there are none). */
  perStoryBytes: number;
  /** Largest first. */
  rows: DeploySizeRow[];
}

/** Directories of list pages: browse by field, place, kind, award, year, practices, and the paged story list. */
const LIST_DIRS = new Set(['linh-vuc', 'dia-phuong', 'doi-tuong', 'khen-thuong', 'nam', 'cach-lam-hay']);
const IMAGE = /\.(avif|webp|jpe?g|png|gif|svg)$/;

/**
 * The kind of one file, by its path inside the site (`/`-separated). `profiles` holds the
 * slugs that have an og card, to tell a profile page from a redirect or a list page.
 */
export function kindOf(file: string, profiles: ReadonlySet<string>): string {
  const parts = file.split('/');
  const [top] = parts;
  if (top === 'pagefind') return 'search index (pagefind)';
  if (file.endsWith('rss.xml')) return 'RSS feeds';
  if (top === 'dien-hinh' && parts.length >= 3 && profiles.has(parts[1]!)) {
    const rest = parts.slice(2).join('/');
    if (rest === 'og.png') return 'og cards (og.png)';
    if (rest === 'og.jpg') return 'og cards with a cover (og.jpg)';
    if (rest === 'index.html') return 'profile pages';
    if (rest === 'nhung/index.html') return 'embed cards (nhung)';
    if (rest === 'ban-tin.txt') return 'radio text (ban-tin.txt)';
    if (rest === 'qr.svg') return 'QR codes (qr.svg)';
    if (IMAGE.test(rest)) return 'covers (anh-bia.jpg)';
    return 'other profile files';
  }
  if (top === 'du-lieu' && !file.endsWith('.html')) return 'open data (du-lieu)';
  if (top === '_astro') return IMAGE.test(file) ? 'optimised images (_astro)' : 'scripts, styles, fonts (_astro)';
  if (file.endsWith('.html')) {
    if (LIST_DIRS.has(top!) || (top === 'dien-hinh' && (parts[1] === 'trang' || parts.length === 2))) return 'list pages';
    if (top === 'dien-hinh') return 'redirects (old addresses)';
    return 'other pages';
  }
  if (file.startsWith('sitemap')) return 'sitemaps';
  return 'other files';
}

/** Every file under `dist`, grouped by {@link kindOf}. */
export async function deploySize(dist: string): Promise<DeploySize> {
  const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  const profiles = new Set(files.filter((f) => /^dien-hinh\/[^/]+\/og\.(?:png|jpg)$/.test(f)).map((f) => f.split('/')[1]!));
  const groups = new Map<string, DeploySizeRow>();
  let totalBytes = 0;
  for (const file of files) {
    const { size } = await stat(path.join(dist, file));
    const kind = kindOf(file, profiles);
    const row = groups.get(kind) ?? { kind, files: 0, bytes: 0 };
    row.files += 1;
    row.bytes += size;
    groups.set(kind, row);
    totalBytes += size;
  }
  const rows = [...groups.values()].sort((a, b) => b.bytes - a.bytes || a.kind.localeCompare(b.kind));
  return { totalBytes, stories: profiles.size, perStoryBytes: profiles.size ? totalBytes / profiles.size : 0, rows };
}

const MB = (bytes: number) => (bytes / 1e6).toFixed(1);
const KB = (bytes: number) => (bytes / 1e3).toFixed(1);

/** A plain-text table: each kind's files, megabytes and kilobytes per story, then the total. */
export function formatDeploySize(result: DeploySize): string {
  const per = (bytes: number) => (result.stories ? KB(bytes / result.stories) : '–');
  const table = [
    ['kind', 'files', 'MB', 'KB/story'],
    ...result.rows.map((r) => [r.kind, String(r.files), MB(r.bytes), per(r.bytes)]),
    ['total', String(result.rows.reduce((n, r) => n + r.files, 0)), MB(result.totalBytes), per(result.totalBytes)],
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(table[0]!), rule, ...table.slice(1, -1).map(line), rule, line(table.at(-1)!), `stories: ${result.stories}`].join('\n');
}

if (import.meta.main) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node scripts/bench/deploy-size.ts <dist>');
    process.exit(2);
  }
  console.log(formatDeploySize(await deploySize(dist)));
}
