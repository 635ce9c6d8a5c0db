/**
 * `npm run build`: `astro build`, then the search index in this process once Astro has
 * exited. Astro holds its memory until it exits, and Pagefind needs about as much
 * again at 10,000 stories; one after the other, the build's peak is the larger of the
 * two instead of their sum (see README, Performance).
 *
 *   node scripts/build.ts [astro build options, e.g. --outDir /tmp/dist]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_AFTER_BUILD_ENV } from '../src/integrations/search-index.ts';
import { buildSearchIndex } from '../src/search/build-index.ts';

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

async function main(args: string[]): Promise<number> {
  const child = spawn(process.execPath, [ASTRO, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, [INDEX_AFTER_BUILD_ENV]: '1' },
  });
  const code = await new Promise<number>((resolve) => child.on('close', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
  if (code !== 0) return code;
  console.log('[search-index] astro build has exited; indexing the profiles…');
  const started = performance.now();
  const profiles = await buildSearchIndex(outDirOf(args, process.cwd()));
  console.log(`[search-index] ${profiles} profiles indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
