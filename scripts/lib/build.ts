import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** `npm run build`: astro build, then the search index once Astro has exited. */
const BUILD = path.join(PROJECT, 'scripts/build.ts');

/** Variables Vitest sets in process.env that a plain `npm run build` never has. */
const TEST_RUNNER_ENV = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX']);

/**
 * Runs `npm run build` on a content root into a fresh folder (or into `outDir`, emptied
 * first: the deploy workflow always builds into the same dist/, and Astro's incremental
 * cache only matches a build into the same folder); never throws on a failed build.
 */
export async function buildContentRoot(root: string, env: Record<string, string> = {}, options: { outDir?: string } = {}) {
  const work = await mkdtemp(path.join(tmpdir(), 'dien-hinh-build-'));
  const outDir = options.outDir ?? path.join(work, 'dist');
  await rm(outDir, { recursive: true, force: true });
  // A real build, as `npm run build` runs it: none of the test runner's variables, nor the
  // copies of import.meta.env (BASE_URL, SITE, MODE…) Vitest puts into process.env.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !TEST_RUNNER_ENV.has(key)),
  );
  const child = spawn(process.execPath, [BUILD, '--outDir', outDir], {
    cwd: PROJECT,
    env: { ...inherited, CONTENT_DIR: root, ASTRO_CACHE_DIR: path.join(work, 'cache'), FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output, outDir };
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Reads a built page by its URL path, e.g. `/dien-hinh/a/`. */
export function readPage(outDir: string, urlPath: string): Promise<string> {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return readFile(path.join(outDir, file), 'utf8');
}

/** The URL paths of built HTML pages: `/`, `/dien-hinh/`, … (404.html as `/404.html`). */
export function pagePaths(files: readonly string[]): string[] {
  return files
    .filter((f) => f.endsWith('.html'))
    .map((f) => (f.endsWith('index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
    .sort();
}
