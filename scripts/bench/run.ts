/**
 * `npm run bench`: the site's build against its nearest peer, Starlight (Astro + MDX +
 * Pagefind), and against a bare Astro MDX blog (the floor), all from the same
 * generated stories in one run, every build cold unless said otherwise.
 *
 *   node scripts/bench/run.ts [--sizes 1000,10000] [--peer-sizes 1000] [--warm-sizes 1000]
 *                             [--pairs 3] [--skip-baseline] [--keep] [--seed 1] [--out bench-results/build.json]
 *
 * For each size: generate a content root (scripts/bench/generate.ts) in a temp dir and
 * build, each with a fresh cache and timed with the peak RSS of its whole process tree:
 *   - our site with `npm run build` (scripts/build.ts), from a snapshot copy of the project;
 *   - at --warm-sizes: one story added, rebuilt into the same (now empty) path with the first
 *     build's cache (as the deploy workflow does), then built cold, and the two outputs
 *     compared byte by byte;
 *   - at --peer-sizes: Starlight 0.42 (installed into a scratch folder, scripts/bench/starlight.ts);
 *     with --pairs K, K-1 more pairs of cold builds (ours, then Starlight) follow, and the
 *     target is judged on the median of the K pairs' ratios: on a shared machine one pair
 *     can be off by a third;
 *   - the bare blog; at --warm-sizes built before the story is added, then rebuilt after it
 *     with its cache kept, the peer of our rebuild;
 *   - at sizes both warm and peer: Starlight rebuilt after one more story, with the caches of
 *     its last cold build kept, the nearest peer of our rebuild.
 * Earlier outputs are moved aside, not deleted, until the run ends (scripts/bench/set-aside.ts:
 * on this machine, deleting one build slowed the next by 1–3 s).
 * Prints the builds, where their time goes, what is deployed, and the targets as ratios
 * from this run; writes JSON. Never fails on a missed target; exits 1 when a build fails.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { compareDirs } from '../lib/compare-dirs.ts';
import { deploySize, formatDeploySize } from './deploy-size.ts';
import { addStoryToday, generateContentRoot } from './generate.ts';
import { measure, MiB, phases, round, running, type Measured } from './measure.ts';
import { snapshotSite, writeBaseline } from './projects.ts';
import { report, checkTargets, TARGETS, type BuildResult, type SizeResult } from './report.ts';
import { emptyTrash, moveAside } from './set-aside.ts';
import { ensureStarlight, writeStarlight } from './starlight.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ASTRO = path.join(PROJECT, 'node_modules/astro/bin/astro.mjs');

interface Args {
  sizes: number[];
  peerSizes: number[];
  warmSizes: number[];
  out: string;
  skipBaseline: boolean;
  keep: boolean;
  seed: number;
  pairs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: [1000, 10000], peerSizes: [1000], warmSizes: [1000], out: path.join(PROJECT, 'bench-results/build.json'), skipBaseline: false, keep: false, seed: 1, pairs: 3 };
  const list = (v: string) => (v === '' || v === 'none' ? [] : v.split(',').map((x) => Number(x.trim())));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') args.sizes = list(value());
    else if (arg === '--peer-sizes') args.peerSizes = list(value());
    else if (arg === '--warm-sizes') args.warmSizes = list(value());
    else if (arg === '--out') args.out = path.resolve(value());
    else if (arg === '--skip-baseline') args.skipBaseline = true;
    else if (arg === '--keep') args.keep = true;
    else if (arg === '--seed') args.seed = Number(value());
    else if (arg === '--pairs') args.pairs = Number(value());
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!args.sizes.length || args.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes: positive integers, e.g. 1000,10000');
  if (!Number.isInteger(args.pairs) || args.pairs < 1) throw new Error('--pairs: a positive integer, e.g. 3');
  return args;
}

/** One cold build of ours and Starlight's run one after the other: seconds and CPU seconds. */
function pairOf(ours: BuildResult, starlight: BuildResult): SizeResult['pairs'][number] {
  return { ours: ours.seconds, oursCpu: ours.cpuSeconds, starlight: starlight.seconds, starlightCpu: starlight.cpuSeconds };
}

// ---------- output measurements ----------

async function walk(dir: string): Promise<{ bytes: number; files: number; pages: number }> {
  const entries = (await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])).filter((e) => e.isFile());
  const sizes = await Promise.all(entries.map(async (e) => (await stat(path.join(e.parentPath, e.name))).size));
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length, pages: entries.filter((e) => e.name.endsWith('.html')).length };
}

/** The median-sized profile page dist/dien-hinh/<slug>/index.html. */
async function medianProfile(dist: string): Promise<SizeResult['profile']> {
  const base = path.join(dist, 'dien-hinh');
  const slugs = (await readdir(base, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory() && d.name !== 'trang').map((d) => d.name);
  const sized = (await Promise.all(slugs.map(async (slug) => ({ slug, size: (await stat(path.join(base, slug, 'index.html')).catch(() => undefined))?.size })))).filter(
    (x): x is { slug: string; size: number } => x.size !== undefined,
  );
  sized.sort((a, b) => a.size - b.size);
  const median = sized[Math.floor(sized.length / 2)];
  if (!median) return { slug: null, rawBytes: null, gzipBytes: null };
  const html = await readFile(path.join(base, median.slug, 'index.html'));
  return { slug: median.slug, rawBytes: html.length, gzipBytes: gzipSync(html).length };
}

async function buildResult(m: Measured, n: number, dist: string, log: string): Promise<BuildResult> {
  const out = await walk(dist);
  const pagefind = await walk(path.join(dist, 'pagefind'));
  return {
    ok: m.ok,
    exitCode: m.code,
    seconds: round(m.seconds, 2),
    cpuSeconds: round(m.cpuSeconds, 1),
    secondsPer1000: round((m.seconds / n) * 1000, 2),
    peakRssMiB: round(m.peakRssBytes / MiB, 0),
    distBytes: out.bytes,
    distFiles: out.files,
    pagefindBytes: pagefind.files ? pagefind.bytes : null,
    pages: out.pages,
    phases: phases(m),
    log,
  };
}

// ---------- main ----------

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const logDir = path.join(path.dirname(args.out), 'logs');
  await mkdir(logDir, { recursive: true });
  const temps: string[] = [];
  process.once('SIGINT', () => {
    for (const pid of running) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    void Promise.all([emptyTrash(), ...temps.map((t) => rm(t, { recursive: true, force: true }))]).then(() => process.exit(130));
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
    totalMemMiB: Math.round(os.totalmem() / MiB),
    loadAverage: os.loadavg().map((x) => round(x, 2)),
    seed: args.seed,
  };
  console.log(`bench: sizes ${args.sizes.join(', ')} on ${meta.cpus} CPU(s), load ${meta.loadAverage.join(' ')}, node ${meta.node}, commit ${meta.commit?.slice(0, 7) ?? '?'}${meta.dirtyFiles ? ` (+${meta.dirtyFiles} uncommitted files)` : ''}`);
  const starlightDir = args.peerSizes.some((n) => args.sizes.includes(n)) ? await ensureStarlight() : null;

  const results: SizeResult[] = [];
  let failed = false;
  const note = (n: number, what: string, b: BuildResult) => {
    console.log(`[N=${n}] ${what}: ${b.ok ? `${b.seconds} s, peak ${b.peakRssMiB} MiB, ${b.pages} pages` : `FAILED with exit code ${b.exitCode}, see ${b.log}`}`);
    if (!b.ok) failed = true;
  };
  try {
    for (const n of args.sizes) {
      const tmp = await mkdtemp(path.join(os.tmpdir(), `dien-hinh-bench-${n}-`));
      temps.push(tmp);
      const root = path.join(tmp, 'content');
      const gen = await generateContentRoot(root, n, { seed: args.seed });
      console.log(`\n[N=${n}] generated ${n} stories (${gen.covers} with cover) → ${root}`);

      const site = path.join(tmp, 'site');
      await snapshotSite(site);
      const ours = async (label: string, cache: string, dist: string, stories: number) => {
        const log = path.join(logDir, `ours-${n}-${label}.log`);
        const m = await measure(site, [path.join(site, 'scripts/build.ts'), '--outDir', dist], { CONTENT_DIR: root, ASTRO_CACHE_DIR: cache }, log);
        const b = await buildResult(m, stories, dist, log);
        note(n, `ours, ${label}`, b);
        return b;
      };
      const oursDist = path.join(tmp, 'dist');
      const cold = await ours('cold', path.join(tmp, 'cache'), oursDist, n);
      const profile = await medianProfile(oursDist);
      const deployTable = cold.ok ? formatDeploySize(await deploySize(oursDist)) : null;

      // The bare blog: its project once, its cold build (before the story is added, at warm sizes) and its rebuild.
      const baselineProject = path.join(tmp, 'baseline');
      const baselineDist = path.join(baselineProject, 'dist');
      const bare = async (label: string, stories: number) => {
        const log = path.join(logDir, `baseline-${n}${label}.log`);
        // Inside the project: prerender chunks import packages from the dist's node_modules ancestry.
        const b = await buildResult(await measure(baselineProject, [ASTRO, 'build', '--outDir', baselineDist], { ASTRO_CACHE_DIR: path.join(tmp, 'baseline-cache') }, log), stories, baselineDist, log);
        note(n, `bare blog${label}`, b);
        return b;
      };
      if (!args.skipBaseline) await writeBaseline(baselineProject, path.join(root, 'stories'));
      let baseline: BuildResult | null = null;
      let baselineRebuild: BuildResult | null = null;

      let warm: SizeResult['warm'] = null;
      if (cold.ok && args.warmSizes.includes(n)) {
        if (!args.skipBaseline) {
          baseline = await bare('', n);
          await moveAside(baselineDist);
        }
        await addStoryToday(root);
        const warmDist = path.join(tmp, 'dist-warm');
        const coldDist = path.join(tmp, 'dist-cold');
        // As the deploy workflow does: the same dist/ path, emptied, with the cache kept
        // (Astro's incremental cache only matches a build into the same folder).
        await moveAside(oursDist);
        const rebuilt = await ours('rebuild', path.join(tmp, 'cache'), oursDist, n + 1);
        await rename(oursDist, warmDist);
        const coldAgain = await ours('cold+1', path.join(tmp, 'cache-cold'), coldDist, n + 1);
        const diff = rebuilt.ok && coldAgain.ok ? await compareDirs(warmDist, coldDist) : null;
        const differing = diff ? [...diff.onlyInA, ...diff.onlyInB, ...diff.changed] : [];
        warm = { warm: rebuilt, cold: coldAgain, differingFiles: differing.length, differingSample: differing.slice(0, 5) };
        for (const d of [warmDist, coldDist]) if (!args.keep) await moveAside(d);
        // The peer's rebuild: the same story added, its cache kept, into its emptied dist/ as ours.
        if (baseline?.ok) baselineRebuild = await bare('-rebuild', n + 1);
      }

      let starlight: BuildResult | null = null;
      let starlightRebuild: SizeResult['starlightRebuild'] = null;
      const pairs: SizeResult['pairs'] = [];
      if (starlightDir && args.peerSizes.includes(n)) {
        const peer = async (label: string, logSuffix: string, cache: string, stories: number) => {
          const log = path.join(logDir, `starlight-${n}${logSuffix}.log`);
          const m = await measure(starlightDir, [path.join(starlightDir, 'node_modules/astro/bin/astro.mjs'), 'build'], { ASTRO_CACHE_DIR: cache }, log);
          const b = await buildResult(m, stories, path.join(starlightDir, 'dist'), log);
          note(n, label, b);
          return { build: b, cache };
        };
        await writeStarlight(starlightDir, path.join(root, 'stories'));
        let lastPeer = await peer('Starlight', '', path.join(tmp, 'starlight-cache'), n);
        starlight = lastPeer.build;
        if (cold.ok && starlight.ok) pairs.push(pairOf(cold, starlight));
        for (let k = 2; k <= args.pairs && cold.ok && starlight.ok; k++) {
          const dist = path.join(tmp, `dist-pair-${k}`);
          const again = await ours(`cold-pair-${k}`, path.join(tmp, `cache-pair-${k}`), dist, n + (warm ? 1 : 0));
          await moveAside(dist);
          // Cold as the first: its last output and Astro's folder out of the way, not emptied by Astro inside the measured build.
          for (const old of ['dist', '.astro']) await moveAside(path.join(starlightDir, old));
          lastPeer = await peer(`Starlight, pair ${k}`, `-pair-${k}`, path.join(tmp, `starlight-cache-${k}`), n);
          if (again.ok && lastPeer.build.ok) pairs.push(pairOf(again, lastPeer.build));
        }
        if (warm && lastPeer.build.ok) {
          // The peer's rebuild: one more story in its docs, its last build's caches kept (.astro/
          // and the cache folder), its dist/ emptied as ours is.
          const slug = await addStoryToday(root, 'bai-them-cho-starlight');
          await cp(path.join(root, 'stories', `${slug}.mdx`), path.join(starlightDir, 'src/content/docs', `${slug}.mdx`));
          await moveAside(path.join(starlightDir, 'dist'));
          const rebuilt = await peer('Starlight, one more story, rebuilt with its cache', '-rebuild', lastPeer.cache, n + 2);
          starlightRebuild = { cold: lastPeer.build, warm: rebuilt.build };
        }
      }

      if (!args.skipBaseline && !baseline) baseline = await bare('', n);
      results.push({ n, covers: gen.covers, ours: cold, profile, baseline, baselineRebuild, starlight, starlightRebuild, pairs, warm, deployTable });
      await writeFile(args.out, `${JSON.stringify({ meta, targets: TARGETS, results, checks: checkTargets(results) }, null, 2)}\n`);
      // Deleted when the run ends, not before the next size's builds (see ./set-aside.ts).
      if (args.keep) console.log(`kept: ${tmp}`);
    }
  } finally {
    await emptyTrash();
    if (!args.keep) await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
  }
  console.log(report(results));
  console.log(`results: ${path.relative(process.cwd(), args.out) || args.out}; build logs: ${path.relative(process.cwd(), logDir) || logDir}/`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
