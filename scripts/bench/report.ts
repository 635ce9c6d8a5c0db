/**
 * The bench's targets (issue 13: against Starlight and the bare blog, as ratios
 * from one run) and its printed tables.
 */
import { median } from '../lib/median.ts';
import { flatFixedLimit, linearCost, shortestFlatBuild, type LinearCost } from './linear-cost.ts';
import { MiB, PHASES, type Phase } from './measure.ts';

export interface BuildResult {
  ok: boolean;
  exitCode: number | null;
  seconds: number;
  cpuSeconds: number;
  secondsPer1000: number;
  peakRssMiB: number;
  distBytes: number;
  distFiles: number;
  pagefindBytes: number | null;
  pages: number;
  phases: Record<(typeof PHASES)[number], Phase>;
  log: string;
}

export interface WarmResult {
  /** The rebuild after one story was added, with the cache of the first build. */
  warm: BuildResult;
  /** A cold build of the same content (the first build's content plus the story). */
  cold: BuildResult;
  /** Files that differ between the two outputs (0 = byte-identical). */
  differingFiles: number;
  /** A few of them, to start looking. */
  differingSample: string[];
}

export interface SizeResult {
  n: number;
  covers: number;
  ours: BuildResult;
  profile: { slug: string | null; rawBytes: number | null; gzipBytes: number | null };
  baseline: BuildResult | null;
  /**
   * At warm sizes: the bare blog built again after the story was added, its cache kept (the
   * peer of our rebuild; `baseline` is then its cold build of the first content).
   */
  baselineRebuild?: BuildResult | null;
  starlight: BuildResult | null;
  /**
   * At warm sizes: Starlight's last cold build, then one more story added and Starlight
   * built again with that build's caches kept (the nearest peer of our rebuild).
   */
  starlightRebuild?: { cold: BuildResult; warm: BuildResult } | null;
  /**
   * Cold builds of ours and Starlight one after the other (the first pair is `ours` and
   * `starlight`; --pairs adds more): the target is judged on the median pair's ratio.
   */
  pairs: { ours: number; oursCpu: number; starlight: number; starlightCpu: number }[];
  warm: WarmResult | null;
  deployTable: string | null;
}

export const TARGETS = {
  /** Our cold build ≤ this × Starlight's, same stories, same run. */
  vsStarlight: 0.8,
  /** Peak memory of the whole process tree at 10,000 stories ≤ this × the bare blog's. */
  peakVsBaseline: 1.2,
  /** Seconds per 1,000 stories at 10,000 within ±this of the figure at 1,000. */
  flatness: 0.2,
  /** Rebuild after adding one story ≤ this × a cold build. */
  warmVsCold: 0.35,
  /** Everything deployed at 10,000 stories (10^6 bytes). */
  deployMB10000: 400,
  profileGzipBytes: 14 * 1024,
};

type Status = 'ok' | 'MISSED' | 'n/a';
export interface TargetCheck {
  target: string;
  measured: string;
  status: Status;
}

const mark = (pass: boolean | undefined): Status => (pass === undefined ? 'n/a' : pass ? 'ok' : 'MISSED');
const x2 = (r: number) => `×${r.toFixed(2)}`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/**
 * Seconds per 1,000 stories of a size's median cold build: its pairs' builds when it has
 * pairs (the first cold build is one of them), else its one cold build. One build can be
 * off by a fifth on this machine, which alone moved this ratio past its bound.
 */
export function coldPer1000(r: SizeResult): number {
  const runs = r.pairs?.length ? r.pairs.map((p) => p.ours) : [r.ours.seconds];
  return Math.round((median(runs) / r.n) * 1000 * 100) / 100;
}

/**
 * The bare blog's own cost-per-story ratio over the same sizes (one cold build each), the
 * floor of any Astro site: "" when either build is missing.
 */
function baselineFlatness(r1: SizeResult | undefined, r10: SizeResult | undefined): string {
  const [b1, b10] = [r1?.baseline, r10?.baseline];
  if (!b1?.ok || !b10?.ok) return '';
  return `; bare blog ${x2(b10.secondsPer1000 / b1.secondsPer1000)} (${b1.secondsPer1000} → ${b10.secondsPer1000} s/1000)`;
}

/**
 * Each build's time as fixed seconds plus milliseconds a story (linear-cost.ts), and
 * what flat would ask: a fixed part of at most so many stories' time, and, with the bare
 * blog's fixed part (the floor of any Astro site), a build of at least so many seconds at
 * the smaller size. `per1` and `per10` are ours in seconds per 1,000 stories ({@link coldPer1000}).
 */
function fixedAndPerStory(r1: SizeResult, r10: SizeResult, per1: number, per10: number): string {
  const [n1, n2] = [r1.n, r10.n];
  const fit = (t1: number, t2: number) => linearCost(n1, t1, n2, t2);
  const show = (c: LinearCost) => `${c.fixed.toFixed(1)} s + ${(c.perStory * 1000).toFixed(1)} ms`;
  const ours = fit((per1 * n1) / 1000, (per10 * n2) / 1000);
  const limit = flatFixedLimit(n1, n2, TARGETS.flatness);
  const [b1, b10] = [r1.baseline, r10.baseline];
  const blog = b1?.ok && b10?.ok ? fit(b1.seconds, b10.seconds) : undefined;
  const floor = blog && blog.fixed > 0 ? `; with the bare blog's fixed part, flat needs ≥ ${shortestFlatBuild(blog.fixed, n1, n2, TARGETS.flatness).toFixed(1)} s at ${n1.toLocaleString('en-US')} stories` : '';
  return (
    `; fixed + per story: ours ${show(ours)}${blog ? `, bare blog ${show(blog)}` : ''}` +
    `; flat needs fixed ≤ ${Math.round(limit)} stories' time (ours ${(limit * ours.perStory).toFixed(1)} s)${floor}`
  );
}

/** What the peers' builds weigh at 10,000 stories: measured there, else projected from their largest size. */
function deployPeers(results: SizeResult[]): string {
  const peer = (name: string, pick: (r: SizeResult) => BuildResult | null) => {
    const r = [...results].reverse().find((x) => pick(x)?.ok);
    const b = r && pick(r);
    if (!r || !b) return null;
    return r.n === 10000 ? `${name} ${MB(b.distBytes)}` : `${name} ${MB((b.distBytes / r.n) * 10000)} (projected from N=${r.n})`;
  };
  const peers = [peer('Starlight', (r) => r.starlight), peer('bare blog', (r) => r.baseline)].filter(Boolean);
  return peers.length ? `; ${peers.join(', ')}` : '';
}

/**
 * What of a rebuild no page cache can skip, against the cold build: Astro's start-up with
 * the content check, the content sync and Vite's bundle, timed in the rebuild itself.
 * "" when its log did not show all three.
 */
function unskippable(w: WarmResult): string {
  const parts = (['startup', 'contentSync', 'bundle'] as const).map((p) => w.warm.phases[p]?.seconds);
  if (parts.some((x) => x === null || x === undefined)) return '';
  const sum = (parts as number[]).reduce((a, b) => a + b, 0);
  return `; its start-up and check, sync and bundle alone ${x2(sum / w.cold.seconds)} (${sum.toFixed(1)} s)`;
}

export function checkTargets(results: SizeResult[]): TargetCheck[] {
  const at = (n: number) => results.find((r) => r.n === n && r.ours.ok);
  const checks: TargetCheck[] = [];
  for (const r of results) {
    if (!r.ours.ok || !r.starlight?.ok) continue;
    const pairs = r.pairs?.length ? r.pairs : [{ ours: r.ours.seconds, oursCpu: r.ours.cpuSeconds, starlight: r.starlight.seconds, starlightCpu: r.starlight.cpuSeconds }];
    const byRatio = [...pairs].sort((a, b) => a.ours / a.starlight - b.ours / b.starlight);
    const mid = byRatio[Math.floor((byRatio.length - 1) / 2)]!;
    const ratio = mid.ours / mid.starlight;
    const all = pairs.length > 1 ? `; median of ${pairs.length} pairs: ${pairs.map((p) => x2(p.ours / p.starlight)).join(' ')}` : '';
    checks.push({
      target: `cold build ≤ ${TARGETS.vsStarlight}× Starlight (N=${r.n})`,
      measured: `${x2(ratio)} (${mid.ours} s / ${mid.starlight} s; CPU ${x2(mid.oursCpu / mid.starlightCpu)}${all})`,
      status: mark(ratio <= TARGETS.vsStarlight),
    });
  }
  const r10 = at(10000);
  const peak = r10 && r10.baseline?.ok ? r10.ours.peakRssMiB / r10.baseline.peakRssMiB : undefined;
  checks.push({
    target: `peak memory ≤ ${TARGETS.peakVsBaseline}× bare blog (N=10000)`,
    measured: peak === undefined || !r10 ? '-' : `${x2(peak)} (${r10.ours.peakRssMiB} / ${r10.baseline?.peakRssMiB} MiB)`,
    status: mark(peak === undefined ? undefined : peak <= TARGETS.peakVsBaseline),
  });
  const r1 = at(1000);
  const [per1, per10] = [r1 && coldPer1000(r1), r10 && coldPer1000(r10)];
  const flat = per1 && per10 ? per10 / per1 : undefined;
  const of1 = r1?.pairs && r1.pairs.length > 1 ? `, median of ${r1.pairs.length} cold builds at 1,000` : '';
  checks.push({
    target: `cost per story flat ±${TARGETS.flatness * 100} % (1,000 → 10,000)`,
    measured: !r1 || !r10 || !per1 || !per10 ? '-' : `${x2(per10 / per1)} (${per1} → ${per10} s/1000${of1})${baselineFlatness(r1, r10)}${fixedAndPerStory(r1, r10, per1, per10)}`,
    status: mark(flat === undefined ? undefined : Math.abs(flat - 1) <= TARGETS.flatness),
  });
  for (const r of results) {
    const w = r.warm;
    if (!w?.warm.ok || !w.cold.ok) continue;
    const ratio = w.warm.seconds / w.cold.seconds;
    const [peerCold, peerWarm] = [r.baseline, r.baselineRebuild];
    const sl = r.starlightRebuild;
    const peer =
      (peerCold?.ok && peerWarm?.ok ? `; bare blog ${x2(peerWarm.seconds / peerCold.seconds)} (${peerWarm.seconds} s / ${peerCold.seconds} s)` : '') +
      (sl?.cold.ok && sl.warm.ok ? `; Starlight ${x2(sl.warm.seconds / sl.cold.seconds)} (${sl.warm.seconds} s / ${sl.cold.seconds} s)` : '');
    checks.push({
      target: `rebuild after one new story ≤ ${TARGETS.warmVsCold}× cold (N=${r.n})`,
      measured: `${x2(ratio)} (${w.warm.seconds} s / ${w.cold.seconds} s)${unskippable(w)}${peer}`,
      status: mark(ratio <= TARGETS.warmVsCold),
    });
    checks.push({
      target: `rebuild byte-identical to a cold build (N=${r.n})`,
      measured: w.differingFiles ? `${w.differingFiles} files differ, e.g. ${w.differingSample.join(', ')}` : `identical (${w.warm.distFiles} files)`,
      status: mark(w.differingFiles === 0),
    });
  }
  const largest = [...results].reverse().find((r) => r.ours.ok);
  const deployed = r10 ? r10.ours.distBytes : largest ? (largest.ours.distBytes / largest.n) * 10000 : undefined;
  checks.push({
    target: `deploy ≤ ${TARGETS.deployMB10000} MB at 10,000 stories`,
    measured: deployed === undefined ? '-' : `${r10 ? MB(deployed) : `${MB(deployed)} (projected from N=${largest?.n})`}${deployPeers(results)}`,
    status: mark(deployed === undefined ? undefined : deployed <= TARGETS.deployMB10000 * 1e6),
  });
  for (const r of results) {
    const gz = r.profile.gzipBytes;
    if (!r.ours.ok || gz === null) continue;
    checks.push({ target: `profile HTML ≤ 14 KiB gzip (N=${r.n})`, measured: `${(gz / 1024).toFixed(1)} KiB (${r.profile.slug})`, status: mark(gz <= TARGETS.profileGzipBytes) });
  }
  return checks;
}

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** `text` split at each "; " that is not inside parentheses. */
function clauses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && text.startsWith('; ', i)) {
      parts.push(text.slice(start, i));
      start = i + 2;
    }
  }
  return [...parts, text.slice(start)];
}

/**
 * The targets as a list a terminal can show: status and target on one line, then what
 * was measured, one clause (split at "; " outside parentheses) a line. A table padded
 * every row to the longest measurement, ~300 characters once the peers were printed.
 */
export function targetList(checks: TargetCheck[]): string {
  const width = Math.max(...checks.map((c) => c.status.length));
  const indent = ' '.repeat(width + 4);
  return checks
    .map((c) => [`  ${c.status.padEnd(width)}  ${c.target}`, ...clauses(c.measured).map((part) => `${indent}${part}`)].join('\n'))
    .join('\n');
}

const mb = (bytes: number | null) => (bytes === null ? '-' : (bytes / MiB).toFixed(1));
const s = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(1));

export function report(results: SizeResult[]): string {
  const builds: [string, BuildResult][] = [];
  for (const r of results) {
    builds.push([`${r.n} ours (cold)`, r.ours]);
    if (r.warm) builds.push([`${r.n}+1 ours, rebuild`, r.warm.warm], [`${r.n}+1 ours, cold`, r.warm.cold]);
    if (r.starlight) builds.push([`${r.n} Starlight`, r.starlight]);
    if (r.baseline) builds.push([`${r.n} bare blog`, r.baseline]);
    if (r.baselineRebuild) builds.push([`${r.n}+1 bare blog, rebuild`, r.baselineRebuild]);
    if (r.starlightRebuild) builds.push([`${r.n}+2 Starlight, rebuild`, r.starlightRebuild.warm]);
  }
  const main = table(
    ['build', 'seconds', 'CPU s', 's/1000 stories', 'peak RSS MiB', 'dist MiB', 'files', 'html pages', 'pagefind MiB'],
    builds.map(([name, b]) => [name, b.ok ? s(b.seconds) : `FAILED (${b.exitCode})`, s(b.cpuSeconds), s(b.secondsPer1000), String(b.peakRssMiB), mb(b.distBytes), String(b.distFiles), String(b.pages), mb(b.pagefindBytes)]),
  );
  const cell = (p: Phase) => (p.seconds === null ? '-' : `${s(p.seconds)} s / ${p.peakRssMiB ?? '-'}`);
  const phaseTable = table(
    ['build', 'startup+check', 'content sync', 'vite bundle', 'render pages', 'images', 'build:done hooks', 'astro exit', 'search index'],
    builds.map(([name, b]) => [name, ...PHASES.map((p) => cell(b.phases[p]))]),
  );
  const deploy = results.filter((r) => r.deployTable).map((r) => `Deployed files at N=${r.n}:\n${r.deployTable}`).join('\n\n');
  const targets = targetList(checkTargets(results));
  return `\n${main}\n\nWhere the time goes (seconds / peak RSS MiB during the phase, from the builds' own log lines):\n${phaseTable}\n\n${deploy ? `${deploy}\n\n` : ''}Targets (ratios from this run):\n${targets}\n`;
}
