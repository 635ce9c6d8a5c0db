/**
 * One measured build for the bench: wall time, the peak RSS of the whole process
 * tree (polled every 100 ms), and where the time went, read from the build's own
 * log lines as they arrived.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NODE = path.join(PROJECT, 'node_modules/.bin/node');
export const MiB = 1024 * 1024;

export const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

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

/**
 * CPU seconds of this process's waited-for children and their descendants
 * (cutime + cstime in /proc/self/stat; Node reaps every child it spawns).
 */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of stat(5), counted from 1 with pid and comm before the state field.
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}

/** USER_HZ: 100 on every Linux this runs on (`getconf CLK_TCK`). */
const CLOCK_TICKS = 100;

// ---------- one measured build ----------

export interface Line {
  /** Milliseconds since spawn. */
  t: number;
  text: string;
}

export interface Measured {
  ok: boolean;
  code: number | null;
  seconds: number;
  /** User + system CPU of the whole tree: less sensitive to other load than the wall clock. */
  cpuSeconds: number;
  peakRssBytes: number;
  lines: Line[];
  /** Tree RSS every 100 ms: [ms since spawn, bytes]. */
  samples: [number, number][];
}

export async function measure(cwd: string, args: string[], env: Record<string, string>, logFile: string): Promise<Measured> {
  const log = createWriteStream(logFile);
  const cpuBefore = childrenCpuSeconds();
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
  return { ok: code === 0, code, seconds, cpuSeconds: childrenCpuSeconds() - cpuBefore, peakRssBytes: peak, lines, samples };
}

/** Builds still running: the bench stops them on Ctrl-C. */
export const running = new Set<number>();

// ---------- where the time goes ----------

export interface Phase {
  seconds: number | null;
  /** Peak tree RSS (MiB) while the phase ran. */
  peakRssMiB: number | null;
}

export const PHASES = ['startup', 'contentSync', 'bundle', 'pages', 'images', 'postBuild', 'exit', 'searchIndex'] as const;

/**
 * Phase durations from the build's own log lines, timed as they arrived:
 *   startup      Node + Astro start, config, integrations' config hooks (our content check)
 *   contentSync  content layer sync and type generation
 *   bundle       Vite/Rollup bundling of pages and MDX
 *   pages        rendering every page (Astro's own "Completed in" figure)
 *   images       image optimisation (Astro's own figure)
 *   postBuild    astro:build:done hooks: sitemap, press files, and Pagefind where it runs inside Astro
 *   exit         from "Complete!" to Astro's exit (the end, for a build without a separate index)
 *   searchIndex  `npm run build` only: Pagefind, from its start (after Astro has exited, or beside
 *                Astro's last hooks once the pages are written, scripts/build.ts) to its end
 */
export function phases(m: Measured): Record<(typeof PHASES)[number], Phase> {
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
  const astroExit = at(/\[search-index\] astro build has exited/);
  const indexStart = at(/\[search-index\] .*indexing the profiles/);
  const indexed = at(/\[search-index\] \d+ profiles indexed/);
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
    exit: [complete, complete ? (astroExit ?? end) : undefined, null],
    searchIndex: [indexStart, indexed, null],
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
