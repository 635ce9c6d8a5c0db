/**
 * `npm run bench`: how long the site takes to build, and how much memory and
 * output it needs, as the number of stories grows; compared with a minimal Astro
 * MDX blog built from the same story files.
 *
 *   node scripts/bench/run.ts [--sizes 100,1000,10000] [--out bench-results/build.json]
 *                             [--skip-baseline] [--keep] [--seed 1] [--in-place]
 *
 * Our site is built from a copy of astro.config.mjs, package.json, tsconfig.json,
 * src/ and public/ taken at the start of each size (see snapshotSite: builds
 * sharing /work/main/.astro break each other); --in-place builds in the project
 * itself instead (cwd = project root), safe only when nothing else builds there.
 * For each size: generate a content root (scripts/bench/generate.ts) in a temp dir,
 * `astro build` this project on it (CONTENT_DIR, fresh ASTRO_CACHE_DIR), then the
 * baseline project, timing the wall clock and polling the peak RSS of the whole
 * process tree every 100 ms. Prints a table with the targets and writes JSON.
 * Never fails on a missed target; exits 1 only when a build fails.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateContentRoot } from './generate.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE = path.join(PROJECT, 'node_modules/.bin/node');
const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const MiB = 1024 * 1024;

// ---------- arguments ----------

interface Args {
  sizes: number[];
  out: string;
  skipBaseline: boolean;
  keep: boolean;
  inPlace: boolean;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    sizes: [100, 1000],
    out: path.join(PROJECT, 'bench-results/build.json'),
    skipBaseline: false,
    keep: false,
    inPlace: false,
    seed: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') args.sizes = value().split(',').map((s) => Number(s.trim()));
    else if (arg === '--out') args.out = path.resolve(value());
    else if (arg === '--skip-baseline') args.skipBaseline = true;
    else if (arg === '--keep') args.keep = true;
    else if (arg === '--in-place') args.inPlace = true;
    else if (arg === '--seed') args.seed = Number(value());
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!args.sizes.length || args.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes: positive integers, e.g. 100,1000');
  return args;
}

// ---------- process tree memory ----------

/** Children of every process, from /proc/<pid>/stat. */
function childrenMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** Sum of VmRSS (bytes) of `pid` and all its descendants. */
function treeRss(pid: number): number {
  const children = childrenMap();
  let total = 0;
  const queue = [pid];
  for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // Gone.
    }
    queue.push(...(children.get(p) ?? []));
  }
  return total;
}

// ---------- one measured build ----------

interface Line {
  /** Milliseconds since spawn. */
  t: number;
  text: string;
}

interface Measured {
  ok: boolean;
  code: number | null;
  seconds: number;
  peakRssBytes: number;
  lines: Line[];
  /** Tree RSS every 100 ms: [ms since spawn, bytes]. */
  samples: [number, number][];
}

async function measure(cwd: string, args: string[], env: Record<string, string>, logFile: string): Promise<Measured> {
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(NODE, args, {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child.pid ?? -1);
  let peak = 0;
  const samples: [number, number][] = [];
  const poll = () => {
    if (child.pid === undefined) return;
    const rss = treeRss(child.pid);
    samples.push([performance.now() - started, rss]);
    peak = Math.max(peak, rss);
  };
  const timer = setInterval(poll, 100);
  poll();
  const lines: Line[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const t = performance.now() - started;
      log.write(chunk);
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) lines.push({ t, text });
    });
    stream.on('end', () => {
      if (rest) lines.push({ t: performance.now() - started, text: rest });
    });
  };
  if (child.stdout) collect(child.stdout);
  if (child.stderr) collect(child.stderr);
  const code = await new Promise<number | null>((resolve) => {
    child.on('close', (c) => resolve(c));
    child.on('error', () => resolve(null));
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  running.delete(child.pid ?? -1);
  await new Promise<void>((resolve) => log.end(resolve));
  return { ok: code === 0, code, seconds, peakRssBytes: peak, lines, samples };
}

const running = new Set<number>();

// ---------- where the time goes ----------

interface Phase {
  seconds: number | null;
  /** Peak tree RSS (MiB) while the phase ran. */
  peakRssMiB: number | null;
}

const PHASES = ['startup', 'contentSync', 'bundle', 'pages', 'images', 'postBuild', 'exit'] as const;

/**
 * Phase durations from the build's own log lines, timed as they arrived:
 *   startup      Node + Astro start, config, integrations' config hooks (our content check)
 *   contentSync  content layer sync and type generation
 *   bundle       Vite/Rollup bundling of pages and MDX
 *   pages        rendering every page (Astro's own "Completed in" figure)
 *   images       image optimisation (Astro's own figure)
 *   postBuild    astro:build:done hooks: sitemap, Pagefind
 *   exit         from "Complete!" to process exit
 */
function phases(m: Measured): Record<(typeof PHASES)[number], Phase> {
  const lines = m.lines;
  const at = (re: RegExp, from = 0) => {
    const i = lines.findIndex((l, k) => k >= from && re.test(l.text));
    return i === -1 ? undefined : { i, t: lines[i]?.t ?? 0 };
  };
  const syncStart = at(/\[content\] Syncing content/);
  const buildInfo = at(/Collecting build info/);
  const entry = at(/Building static entrypoints/);
  const routes = at(/generating static routes/);
  const routesDone = routes ? at(/Completed in/, routes.i) : undefined;
  const images = at(/generating optimized images/);
  const imagesDone = images ? at(/Completed in/, images.i) : undefined;
  const complete = at(/\[build\] Complete!/);
  const end = { t: m.seconds * 1000 };
  /** Astro prints "Completed in 352ms.", "… 47.38s." or "… 1m 58s.". */
  const astroSeconds = (line: { i: number } | undefined) => {
    const x = line ? /Completed in (?:(\d+)m )?([\d.]+)(ms|s)/.exec(lines[line.i]?.text ?? '') : null;
    return x ? Number(x[1] ?? 0) * 60 + Number(x[2]) / (x[3] === 'ms' ? 1000 : 1) : null;
  };
  const afterPages = imagesDone ?? routesDone;
  const windows: Record<(typeof PHASES)[number], [{ t: number } | undefined, { t: number } | undefined, number | null]> = {
    startup: [{ t: 0 }, syncStart, null],
    contentSync: [syncStart, buildInfo ?? entry, null],
    bundle: [entry, routes, null],
    pages: [routes, routesDone, astroSeconds(routesDone)],
    images: [images, imagesDone, astroSeconds(imagesDone)],
    postBuild: [afterPages, complete, null],
    exit: [complete, complete ? end : undefined, null],
  };
  const peakIn = (a: number, b: number) => {
    let peak = 0;
    for (const [t, rss] of m.samples) if (t >= a && t <= b) peak = Math.max(peak, rss);
    return peak ? Math.round(peak / MiB) : null;
  };
  return Object.fromEntries(
    PHASES.map((name) => {
      const [a, b, own] = windows[name];
      const span = a && b ? (b.t - a.t) / 1000 : null;
      return [name, { seconds: own ?? (span === null ? null : round(span, 2)), peakRssMiB: a && b ? peakIn(a.t, b.t) : null }];
    }),
  ) as Record<(typeof PHASES)[number], Phase>;
}

// ---------- output measurements ----------

async function walk(dir: string): Promise<{ bytes: number; files: number }> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  const sizes = await Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => (await stat(path.join(e.parentPath, e.name))).size),
  );
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
}

interface ProfileSample {
  count: number;
  slug: string | null;
  rawBytes: number | null;
  gzipBytes: number | null;
}

/** The median-sized profile page dist/dien-hinh/<slug>/index.html. */
async function medianProfile(dist: string): Promise<ProfileSample> {
  const base = path.join(dist, 'dien-hinh');
  const slugs = (await readdir(base, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory() && d.name !== 'trang').map((d) => d.name);
  const sized = (
    await Promise.all(
      slugs.map(async (slug) => {
        const file = path.join(base, slug, 'index.html');
        const s = await stat(file).catch(() => undefined);
        return s ? { slug, size: s.size, file } : undefined;
      }),
    )
  ).filter((x) => x !== undefined);
  sized.sort((a, b) => a.size - b.size);
  const median = sized[Math.floor(sized.length / 2)];
  if (!median) return { count: 0, slug: null, rawBytes: null, gzipBytes: null };
  const html = await readFile(median.file);
  return { count: sized.length, slug: median.slug, rawBytes: html.length, gzipBytes: gzipSync(html).length };
}

// ---------- the baseline project ----------

async function writeBaseline(dir: string, storiesDir: string): Promise<void> {
  await mkdir(path.join(dir, 'src/pages'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  // A fresh cache per run, like our build (otherwise it would land in the shared node_modules).
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  vite: {
    build: {
      rollupOptions: {
        // Same filter as the site's config: without it every MDX file prints a
        // multi-line warning (withastro/astro#18087) and the baseline would pay for the log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
`,
  );
  await writeFile(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const stories = defineCollection({
  loader: glob({
    pattern: ['*.mdx', '*/index.mdx'],
    base: ${JSON.stringify(storiesDir)},
    generateId: ({ entry }) => entry.replace(/\\/index\\.mdx$/, '').replace(/\\.mdx$/, ''),
  }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { stories };
`,
  );
  await writeFile(
    path.join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const stories = await getCollection('stories');
  return stories.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <h1>{entry.data.title}</h1>
    <Content />
  </body>
</html>
`,
  );
  await linkNodeModules(dir);
}

/**
 * node_modules as a real folder of symlinks to the project's packages: the same
 * astro, mdx, sharp and pagefind, but .vite/.astro caches stay in the temp project.
 */
async function linkNodeModules(dir: string): Promise<void> {
  const modules = path.join(dir, 'node_modules');
  await mkdir(modules, { recursive: true });
  for (const name of await readdir(path.join(PROJECT, 'node_modules'))) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    await symlink(path.join(PROJECT, 'node_modules', name), path.join(modules, name));
  }
}

/** What `astro build` reads from the project; copied as it is when the bench starts. */
const SITE_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * A private copy of the site to build. Astro writes per-build files into
 * <cwd>/.astro/ (content-modules.mjs, and .prerender/ chunks whenever --outDir
 * is outside the cwd), so two builds running in /work/main at once (the bench
 * and a test run) delete each other's chunks. The copy has its own .astro/,
 * and the code measured cannot change while the bench runs.
 */
async function snapshotSite(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of SITE_FILES) {
    const from = path.join(PROJECT, name);
    if (await stat(from).then(() => true, () => false)) await cp(from, path.join(dir, name), { recursive: true });
  }
  await linkNodeModules(dir);
}

// ---------- results ----------

interface BuildResult {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  storiesPerSecond: number;
  secondsPer1000: number;
  peakRssMiB: number;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number | null;
  pages: number;
  phases: Record<(typeof PHASES)[number], Phase>;
  log: string;
}

interface SizeResult {
  n: number;
  covers: number;
  generateSeconds: number;
  bodyWords: { min: number; median: number; max: number };
  ours: BuildResult;
  profile: ProfileSample;
  baseline: BuildResult | null;
  ratio: number | null;
  /** ours / baseline with our image phase left out (the baseline processes no images). */
  ratioWithoutImages: number | null;
}

async function buildResult(m: Measured, n: number, dist: string, logFile: string): Promise<BuildResult> {
  const out = await walk(dist);
  const pagefind = path.join(dist, 'pagefind');
  const hasPagefind = await stat(pagefind).then((s) => s.isDirectory()).catch(() => false);
  return {
    ok: m.ok,
    exitCode: m.code,
    seconds: round(m.seconds, 2),
    storiesPerSecond: round(n / m.seconds, 1),
    secondsPer1000: round((m.seconds / n) * 1000, 2),
    peakRssMiB: round(m.peakRssBytes / MiB, 0),
    distBytes: out.bytes,
    distFiles: out.files,
    pagefindBytes: hasPagefind ? (await walk(pagefind)).bytes : null,
    pages: (await readdir(dist, { recursive: true }).catch(() => [] as string[])).filter((f) => f.endsWith('.html')).length,
    phases: phases(m),
    log: logFile,
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

// ---------- targets ----------

const TARGETS = {
  seconds1000: 15,
  seconds10000: 100,
  flatness: 0.2,
  peakRssMiB10000: 3 * 1024,
  profileGzipBytes: 14 * 1024,
  ratio: 1.25,
};

interface TargetCheck {
  target: string;
  measured: string;
  status: 'ok' | 'MISSED' | 'n/a';
}

function checkTargets(results: SizeResult[]): TargetCheck[] {
  const at = (n: number) => results.find((r) => r.n === n && r.ours.ok);
  const r1 = at(1000);
  const r10 = at(10000);
  const mark = (pass: boolean | undefined): TargetCheck['status'] => (pass === undefined ? 'n/a' : pass ? 'ok' : 'MISSED');
  const checks: TargetCheck[] = [
    { target: `1,000 stories ≤ ${TARGETS.seconds1000} s`, measured: r1 ? `${r1.ours.seconds} s` : '-', status: mark(r1 && r1.ours.seconds <= TARGETS.seconds1000) },
    { target: `10,000 stories ≤ ${TARGETS.seconds10000} s`, measured: r10 ? `${r10.ours.seconds} s` : '-', status: mark(r10 && r10.ours.seconds <= TARGETS.seconds10000) },
  ];
  const flat = r1 && r10 ? r10.ours.secondsPer1000 / r1.ours.secondsPer1000 : undefined;
  checks.push({
    target: `cost per story flat ±${TARGETS.flatness * 100} % (1,000 → 10,000)`,
    measured: flat === undefined ? '-' : `×${flat.toFixed(2)} (${r1?.ours.secondsPer1000} → ${r10?.ours.secondsPer1000} s/1000)`,
    status: mark(flat === undefined ? undefined : Math.abs(flat - 1) <= TARGETS.flatness),
  });
  checks.push({
    target: `peak memory ≤ 3 GiB at 10,000`,
    measured: r10 ? `${r10.ours.peakRssMiB} MiB` : '-',
    status: mark(r10 && r10.ours.peakRssMiB <= TARGETS.peakRssMiB10000),
  });
  for (const r of results) {
    if (!r.ours.ok) continue;
    const gz = r.profile.gzipBytes;
    checks.push({
      target: `profile HTML ≤ 14 KiB gzip (N=${r.n})`,
      measured: gz === null ? '-' : `${(gz / 1024).toFixed(1)} KiB (${r.profile.slug})`,
      status: mark(gz === null ? undefined : gz <= TARGETS.profileGzipBytes),
    });
  }
  for (const r of results) {
    if (!r.ours.ok) continue;
    checks.push({
      target: `our build ≤ ${TARGETS.ratio}× baseline (N=${r.n})`,
      measured: r.ratio === null ? '-' : `×${r.ratio.toFixed(2)} (×${r.ratioWithoutImages?.toFixed(2)} without images)`,
      status: mark(r.ratio === null ? undefined : r.ratio <= TARGETS.ratio),
    });
  }
  return checks;
}

// ---------- printing ----------

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const mb = (bytes: number | null) => (bytes === null ? '-' : (bytes / MiB).toFixed(1));
const kb = (bytes: number | null) => (bytes === null ? '-' : (bytes / 1024).toFixed(1));
const s = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(1));

function report(results: SizeResult[]): string {
  const rows = results.map((r, i) => {
    const prev = results[i - 1];
    const growth = prev && prev.ours.ok && r.ours.ok ? `×${(r.ours.seconds / prev.ours.seconds).toFixed(1)} for ×${(r.n / prev.n).toFixed(0)} N` : '';
    const ok = r.ours.ok;
    return [
      String(r.n),
      ok ? s(r.ours.seconds) : `FAILED (${r.ours.exitCode}) after ${s(r.ours.seconds)}`,
      ok ? r.ours.secondsPer1000.toFixed(1) : '-',
      growth,
      ok ? r.ours.storiesPerSecond.toFixed(0) : '-',
      ok ? String(r.ours.peakRssMiB) : `(${r.ours.peakRssMiB})`,
      ok ? mb(r.ours.distBytes) : '-',
      ok ? mb(r.ours.pagefindBytes) : '-',
      ok ? `${kb(r.profile.rawBytes)} / ${kb(r.profile.gzipBytes)}` : '-',
      r.baseline ? (r.baseline.ok ? s(r.baseline.seconds) : 'FAILED') : '-',
      r.baseline ? String(r.baseline.peakRssMiB) : '-',
      r.ratio === null ? '-' : `×${r.ratio.toFixed(2)}`,
      r.ratioWithoutImages === null ? '-' : `×${r.ratioWithoutImages.toFixed(2)}`,
    ];
  });
  const main = table(
    ['N', 'ours s', 's/1000 stories', 'growth vs prev', 'stories/s', 'peak RSS MiB', 'dist MiB', 'pagefind MiB', 'profile KiB raw/gz', 'base s', 'base RSS MiB', 'ours/base', 'w/o images'],
    rows,
  );
  const phaseRows: string[][] = [];
  const cell = (p: Phase) => (p.seconds === null ? '-' : `${s(p.seconds)} s / ${p.peakRssMiB ?? '-'}`);
  for (const r of results) {
    phaseRows.push([`${r.n} ours`, ...PHASES.map((p) => cell(r.ours.phases[p])), String(r.ours.pages), String(r.covers)]);
    if (r.baseline) {
      const b = r.baseline;
      phaseRows.push([`${r.n} baseline`, ...PHASES.map((p) => cell(b.phases[p])), String(b.pages), '-']);
    }
  }
  const phaseTable = table(['N build', 'startup+check', 'content sync', 'vite bundle', 'render pages', 'images', 'sitemap+pagefind', 'exit', 'html pages', 'covers'], phaseRows);
  const targets = table(
    ['target', 'measured', 'status'],
    checkTargets(results).map((c) => [c.target, c.measured, c.status]),
  );
  return `\n${main}\n\nWhere the time goes (seconds / peak RSS MiB during the phase, from the builds' own log lines):\n${phaseTable}\n\nTargets:\n${targets}\n`;
}

// ---------- main ----------

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  await mkdir(path.dirname(args.out), { recursive: true });
  const logDir = path.join(path.dirname(args.out), 'logs');
  await mkdir(logDir, { recursive: true });
  const temps: string[] = [];
  const cleanup = async () => {
    if (args.keep) {
      if (temps.length) console.log(`kept: ${temps.join(' ')}`);
      return;
    }
    await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
  };
  process.once('SIGINT', () => {
    for (const pid of running) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    void cleanup().then(() => process.exit(130));
  });

  const git = (...a: string[]) => {
    try {
      return execFileSync('git', a, { cwd: PROJECT, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  const meta = {
    date: new Date().toISOString(),
    commit: git('rev-parse', 'HEAD'),
    dirtyFiles: git('status', '--porcelain')?.split('\n').filter(Boolean).length ?? null,
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    totalMemMiB: Math.round(os.totalmem() / MiB),
    loadAverage: os.loadavg().map((x) => round(x, 2)),
    seed: args.seed,
    site: args.inPlace ? 'built in place (cwd = project)' : 'built from a snapshot copy of the project',
  };
  console.log(`bench: sizes ${args.sizes.join(', ')} on ${meta.cpus} CPU(s), node ${meta.node}, commit ${meta.commit?.slice(0, 7) ?? '?'}${meta.dirtyFiles ? ` (+${meta.dirtyFiles} uncommitted files)` : ''}, ${meta.site}`);

  const results: SizeResult[] = [];
  let failed = false;
  try {
    for (const n of args.sizes) {
      const tmp = await mkdtemp(path.join(os.tmpdir(), `dien-hinh-bench-${n}-`));
      temps.push(tmp);
      const root = path.join(tmp, 'content');
      const genStart = performance.now();
      const gen = await generateContentRoot(root, n, { seed: args.seed });
      const generateSeconds = (performance.now() - genStart) / 1000;
      console.log(`\n[N=${n}] generated ${n} stories (${gen.covers} with cover) in ${generateSeconds.toFixed(1)} s → ${root}`);

      console.log(`[N=${n}] building our site…`);
      const oursDist = path.join(tmp, 'dist');
      const oursLog = path.join(logDir, `ours-${n}.log`);
      let site = PROJECT;
      if (!args.inPlace) {
        site = path.join(tmp, 'site');
        await snapshotSite(site);
      }
      const oursRun = await measure(site, [ASTRO, 'build', '--outDir', oursDist], { CONTENT_DIR: root, ASTRO_CACHE_DIR: path.join(tmp, 'cache') }, oursLog);
      const ours = await buildResult(oursRun, n, oursDist, oursLog);
      const profile = await medianProfile(oursDist);
      console.log(`[N=${n}] ours: ${ours.ok ? `${ours.seconds} s, peak ${ours.peakRssMiB} MiB, ${profile.count} profiles` : `FAILED with exit code ${ours.exitCode}, see ${oursLog}`}`);
      if (!ours.ok) {
        failed = true;
        console.error(oursRun.lines.slice(-25).map((l) => `    ${l.text}`).join('\n'));
      } else if (profile.count !== n) {
        console.warn(`[N=${n}] WARNING: ${profile.count} profile pages for ${n} stories`);
      }

      let baseline: BuildResult | null = null;
      if (!args.skipBaseline) {
        console.log(`[N=${n}] building the baseline…`);
        const project = path.join(tmp, 'baseline');
        await writeBaseline(project, path.join(root, 'stories'));
        // Inside the project: prerender chunks import packages from the dist's node_modules ancestry.
        const baseDist = path.join(project, 'dist');
        const baseLog = path.join(logDir, `baseline-${n}.log`);
        const baseRun = await measure(project, [ASTRO, 'build', '--outDir', baseDist], { ASTRO_CACHE_DIR: path.join(tmp, 'baseline-cache') }, baseLog);
        baseline = await buildResult(baseRun, n, baseDist, baseLog);
        console.log(`[N=${n}] baseline: ${baseline.ok ? `${baseline.seconds} s, peak ${baseline.peakRssMiB} MiB, ${baseline.pages} pages` : `FAILED with exit code ${baseline.exitCode}, see ${baseLog}`}`);
        if (!baseline.ok) {
          failed = true;
          console.error(baseRun.lines.slice(-25).map((l) => `    ${l.text}`).join('\n'));
        }
      }
      const both = ours.ok && baseline?.ok;
      results.push({
        n,
        covers: gen.covers,
        generateSeconds: round(generateSeconds, 2),
        bodyWords: gen.words,
        ours,
        profile,
        baseline,
        ratio: both && baseline ? round(ours.seconds / baseline.seconds, 3) : null,
        ratioWithoutImages: both && baseline ? round((ours.seconds - (ours.phases.images.seconds ?? 0)) / baseline.seconds, 3) : null,
      });
      await writeFile(args.out, `${JSON.stringify({ meta, targets: TARGETS, results, checks: checkTargets(results) }, null, 2)}\n`);
      // Each size's temp dir goes as soon as it is measured (10,000 stories is a lot of disk).
      if (!args.keep) await rm(tmp, { recursive: true, force: true });
    }
  } finally {
    await cleanup();
  }
  console.log(report(results));
  console.log(`results: ${path.relative(process.cwd(), args.out) || args.out}; build logs: ${path.relative(process.cwd(), logDir) || logDir}/`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
