/**
 * `npm run build`: `astro build`, and the search index in this process. Astro holds its
 * memory until it exits, and Pagefind needs about as much again at 10,000 stories; one
 * after the other, the build's peak is the larger of the two instead of their sum (see
 * docs/performance-log.md). When the two together stay within a budget (a small site), the
 * index is built as soon as Astro says its pages are written, while it finishes the
 * press files and its checks, which saves ~1.5 s of a 1,000-story build.
 *
 *   node scripts/build.ts [astro build options, e.g. --outDir /tmp/dist]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_AFTER_BUILD_ENV, type PagesWritten } from '../src/integrations/search-index.ts';
import { buildSearchIndex, profileFiles } from '../src/search/build-index.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');

/** The output folder `astro build` writes: its --outDir, or the config's default dist/. */
export function outDirOf(args: readonly string[], cwd: string): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--outDir' && args[i + 1]) return path.resolve(cwd, args[i + 1]!);
    if (arg.startsWith('--outDir=')) return path.resolve(cwd, arg.slice('--outDir='.length));
  }
  return path.resolve(cwd, 'dist');
}

const MiB = 1024 * 1024;

/**
 * Pagefind's peak, its process and this one, as `npm run bench` measured it (2 Dec 2026):
 * 351 MiB for 1,000 profiles, 2,368 MiB for 10,000; rounded up to 100 MiB and 240 KiB a profile.
 */
export function pagefindPeak(profiles: number): number {
  return 100 * MiB + profiles * 240 * 1024;
}

/**
 * The most Astro and Pagefind may hold together for the index to be built while Astro
 * finishes: 2 GiB, below the 2.3 GiB a 10,000-story build peaks at with the two one after
 * the other, so overlapping never raises a build's peak above that of the largest site
 * measured (and a third of a 7 GB GitHub-hosted runner). `SEARCH_INDEX_OVERLAP_MIB` sets
 * another budget; 0 always waits for Astro to exit.
 */
export function overlapBudget(env: Record<string, string | undefined> = process.env): number {
  const mib = Number(env.SEARCH_INDEX_OVERLAP_MIB ?? 2048);
  return Number.isFinite(mib) && mib > 0 ? mib * MiB : 0;
}

/** Whether to index now, beside Astro holding `astroRss` bytes, rather than after it exits. */
export function indexBesideAstro(astroRss: number, profiles: number, budget: number): boolean {
  return astroRss + pagefindPeak(profiles) <= budget;
}

async function main(args: string[]): Promise<number> {
  const dist = outDirOf(args, process.cwd());
  const child = spawn(process.execPath, [ASTRO, 'build', ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, [INDEX_AFTER_BUILD_ENV]: '1' },
  });
  let started = 0;
  let index: Promise<number> | undefined;
  const startIndex = (why: string) => {
    console.log(`[search-index] ${why}; indexing the profiles…`);
    started = performance.now();
    index = buildSearchIndex(dist);
    // Awaited below; a failure meanwhile must not end this process before Astro's own result is known.
    index.catch(() => {});
  };
  child.on('message', (message: PagesWritten) => {
    if (message?.type !== 'pages-written' || index) return;
    void profileFiles(dist).then((files) => {
      const budget = overlapBudget();
      if (!index && indexBesideAstro(message.rss, files.length, budget)) {
        startIndex(`pages written, Astro holds ${Math.round(message.rss / MiB)} MiB, within the ${budget / MiB} MiB budget with Pagefind's`);
      }
    });
  });
  const code = await new Promise<number>((resolve) => child.on('close', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  if (code !== 0) {
    await index?.catch(() => {});
    return code;
  }
  if (index) console.log('[search-index] astro build has exited; the index was started when the pages were written');
  else startIndex('astro build has exited');
  const profiles = await index!;
  console.log(`[search-index] ${profiles} profiles indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
