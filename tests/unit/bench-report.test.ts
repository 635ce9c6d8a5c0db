import { describe, expect, test } from 'vitest';
import { round } from '../../scripts/bench/measure.ts';
import { flatFixedLimit, linearCost, shortestFlatBuild } from '../../scripts/bench/linear-cost.ts';
import { checkTargets, coldPer1000, targetList, type BuildResult, type SizeResult } from '../../scripts/bench/report.ts';

/** A successful build of `n` stories that took `seconds` (per 1,000 rounded to 2 places, as run.ts records it). */
function build(n: number, seconds: number): BuildResult {
  return {
    ok: true, exitCode: 0, seconds, cpuSeconds: seconds, secondsPer1000: round((seconds / n) * 1000, 2), peakRssMiB: 1000,
    distBytes: 0, distFiles: 0, pagefindBytes: null, pages: n, phases: {} as BuildResult['phases'], log: '',
  };
}

/** A size's results: its first cold build, and pairs of cold builds with Starlight's when `pairs` is given. */
function size(n: number, first: number, pairs: number[] = []): SizeResult {
  return {
    n, covers: 0, ours: build(n, first), profile: { slug: null, rawBytes: null, gzipBytes: null }, baseline: null, starlight: null,
    pairs: pairs.map((ours) => ({ ours, oursCpu: ours, starlight: 30, starlightCpu: 30 })), warm: null, deployTable: null,
  };
}

const flatness = (results: SizeResult[]) => checkTargets(results).find((c) => c.target.startsWith('cost per story'))!;

describe('the bench’s cost-per-story target', () => {
  test('takes the median of the cold builds at a size, not its first build alone', () => {
    // 3 pairs at 1,000 stories; the first build (one of them) was slow.
    expect(coldPer1000(size(1000, 23.5, [23.5, 20.7, 21.3]))).toBe(21.3);
    expect(coldPer1000(size(10000, 160))).toBe(16);
  });

  test('one slow first build no longer decides it; the median does (the first alone: ×0.68, missed)', () => {
    const results = [size(1000, 23.5, [23.5, 19.5, 19])];
    results.push(size(10000, 160));
    expect(flatness(results)).toMatchObject({
      status: 'ok',
      measured: "×0.82 (19.5 → 16 s/1000, median of 3 cold builds at 1,000); fixed + per story: ours 3.9 s + 15.6 ms; flat needs fixed ≤ 286 stories' time (ours 4.5 s)",
    });
    // Without pairs the first build is all there is.
    expect(flatness([size(1000, 23.5), size(10000, 160)])).toMatchObject({
      status: 'MISSED',
      measured: "×0.68 (23.5 → 16 s/1000); fixed + per story: ours 8.3 s + 15.2 ms; flat needs fixed ≤ 286 stories' time (ours 4.3 s)",
    });
  });

  test('is missed when the cost per story moves by more than a fifth either way', () => {
    expect(flatness([size(1000, 20, [20, 20, 20]), size(10000, 150)]).status).toBe('MISSED');
    expect(flatness([size(1000, 20, [20, 20, 20]), size(10000, 250)]).status).toBe('MISSED');
    expect(flatness([size(1000, 20, [20, 20, 20]), size(10000, 170)]).status).toBe('ok');
  });
});

describe('a build as a fixed part plus a part per story', () => {
  test('the line through two sizes: 25 s at 1,000 and 160 s at 10,000 are 10 s fixed and 15 ms a story', () => {
    const { fixed, perStory } = linearCost(1000, 25, 10000, 160);
    expect(fixed).toBeCloseTo(10, 9);
    expect(perStory).toBeCloseTo(0.015, 12);
  });

  test('a fixed part at the limit leaves seconds per story exactly at the bound; one above it falls below', () => {
    const limit = flatFixedLimit(1000, 10000, 0.2);
    expect(limit).toBeCloseTo(2000 / 7, 9); // 0.2 / (0.8/1000 − 1/10000)
    const perStory = 0.012;
    const ratio = (fixed: number) => (fixed / 10000 + perStory) / (fixed / 1000 + perStory);
    expect(ratio(limit * perStory)).toBeCloseTo(0.8, 12);
    expect(ratio(limit * perStory * 1.1)).toBeLessThan(0.8);
    expect(ratio(limit * perStory * 0.9)).toBeGreaterThan(0.8);
  });

  test('with 10 s that cannot be cut, flat needs a build of at least 45 s at 1,000 stories', () => {
    // 10 s fixed needs ≥ 10 / 285.7 s a story: 35 ms, 35 s for 1,000 stories.
    expect(shortestFlatBuild(10, 1000, 10000, 0.2)).toBeCloseTo(45, 9);
  });

  test('sizes too close for the tolerance to bind allow any fixed part; sizes out of order are refused', () => {
    expect(flatFixedLimit(1000, 1100, 0.2)).toBe(Infinity);
    expect(() => linearCost(10000, 160, 1000, 25)).toThrow('Two sizes are needed, the second larger: 10000, 1000');
    expect(() => linearCost(0, 1, 1000, 25)).toThrow();
  });

  test('the bench prints both builds split so, and what flat would need', () => {
    const results = [withPeers(size(1000, 25, [25, 25, 25]), { baseline: [16, 0] }), withPeers(size(10000, 160), { baseline: [70, 0] })];
    expect(check(results, 'cost per story').measured).toContain(
      "fixed + per story: ours 10.0 s + 15.0 ms, bare blog 10.0 s + 6.0 ms; flat needs fixed ≤ 286 stories' time (ours 4.3 s); with the bare blog's fixed part, flat needs ≥ 45.0 s at 1,000 stories",
    );
  });
});

/** `result` with the bare blog's cold build (and its rebuild) and Starlight's, each of `seconds` and `distBytes`. */
function withPeers(result: SizeResult, peers: { baseline?: [number, number]; rebuild?: number; starlight?: [number, number] }): SizeResult {
  const peer = (seconds: number, distBytes: number, n = result.n) => ({ ...build(n, seconds), distBytes });
  return {
    ...result,
    baseline: peers.baseline ? peer(...peers.baseline) : null,
    baselineRebuild: peers.rebuild === undefined ? null : peer(peers.rebuild, 0, result.n + 1),
    starlight: peers.starlight ? peer(...peers.starlight) : null,
  };
}

const check = (results: SizeResult[], start: string) => checkTargets(results).find((c) => c.target.startsWith(start))!;

describe('the bench prints each missed target’s peer from the same run', () => {
  test('cost per story: the bare blog’s own ratio over the same sizes, the status still ours', () => {
    const results = [withPeers(size(1000, 20, [20, 20, 20]), { baseline: [12.7, 0] }), withPeers(size(10000, 150), { baseline: [88.7, 0] })];
    expect(check(results, 'cost per story')).toMatchObject({
      status: 'MISSED',
      measured:
        '×0.75 (20 → 15 s/1000, median of 3 cold builds at 1,000); bare blog ×0.70 (12.7 → 8.87 s/1000)' +
        "; fixed + per story: ours 5.6 s + 14.4 ms, bare blog 4.3 s + 8.4 ms; flat needs fixed ≤ 286 stories' time (ours 4.1 s)" +
        "; with the bare blog's fixed part, flat needs ≥ 19.2 s at 1,000 stories",
    });
    // Without the bare blog at both sizes there is no peer to print.
    const one = [withPeers(size(1000, 20, [20, 20, 20]), { baseline: [12.7, 0] }), size(10000, 150)];
    expect(check(one, 'cost per story').measured).toBe("×0.75 (20 → 15 s/1000, median of 3 cold builds at 1,000); fixed + per story: ours 5.6 s + 14.4 ms; flat needs fixed ≤ 286 stories' time (ours 4.1 s)");
  });

  test('rebuild: the bare blog rebuilt with its cache kept, against its cold build', () => {
    const warm = { warm: build(1001, 18.2), cold: build(1001, 28.6), differingFiles: 0, differingSample: [] };
    const result = { ...withPeers(size(1000, 23), { baseline: [14.6, 0], rebuild: 14.0 }), warm };
    expect(check([result], 'rebuild after')).toMatchObject({ status: 'MISSED', measured: '×0.64 (18.2 s / 28.6 s); bare blog ×0.96 (14 s / 14.6 s)' });
    // No rebuild of the bare blog (a run with --skip-baseline): ours alone.
    expect(check([{ ...result, baselineRebuild: null }], 'rebuild after').measured).toBe('×0.64 (18.2 s / 28.6 s)');
  });

  test('rebuild: what no page cache can skip (start-up and check, sync, bundle), from the rebuild’s own phases', () => {
    const phase = (seconds: number | null) => ({ seconds, peakRssMiB: null });
    const rebuild = { ...build(1001, 13.6), phases: { ...build(1001, 13.6).phases, startup: phase(3.7), contentSync: phase(0.6), bundle: phase(1.3) } };
    const warm = { warm: rebuild, cold: build(1001, 21.9), differingFiles: 0, differingSample: [] };
    // (3.7 + 0.6 + 1.3) / 21.9 = 0.2557.
    expect(check([{ ...size(1000, 22), warm }], 'rebuild after').measured).toBe('×0.62 (13.6 s / 21.9 s); its start-up and check, sync and bundle alone ×0.26 (5.6 s)');
    // A log that did not show the bundle: nothing is guessed.
    const partial = { ...warm, warm: { ...rebuild, phases: { ...rebuild.phases, bundle: phase(null) } } };
    expect(check([{ ...size(1000, 22), warm: partial }], 'rebuild after').measured).toBe('×0.62 (13.6 s / 21.9 s)');
  });

  test('rebuild: Starlight rebuilt with its caches kept, against its last cold build', () => {
    const warm = { warm: build(1001, 18.2), cold: build(1001, 28.6), differingFiles: 0, differingSample: [] };
    const starlightRebuild = { cold: build(1001, 30.0), warm: build(1002, 29.1) };
    const result = { ...withPeers(size(1000, 23), { baseline: [14.6, 0], rebuild: 14.0 }), warm, starlightRebuild };
    expect(check([result], 'rebuild after')).toMatchObject({
      status: 'MISSED',
      measured: '×0.64 (18.2 s / 28.6 s); bare blog ×0.96 (14 s / 14.6 s); Starlight ×0.97 (29.1 s / 30 s)',
    });
    // A failed peer build prints no ratio.
    const failed = { ...starlightRebuild, warm: { ...build(1002, 5), ok: false } };
    expect(check([{ ...result, starlightRebuild: failed }], 'rebuild after').measured).toBe('×0.64 (18.2 s / 28.6 s); bare blog ×0.96 (14 s / 14.6 s)');
  });

  test('deploy: Starlight projected from its one size, the bare blog as measured at 10,000', () => {
    const results = [
      withPeers(size(1000, 23), { baseline: [12.7, 2.6e6], starlight: [36.4, 270e6] }),
      { ...withPeers(size(10000, 160), { baseline: [88.7, 26.6e6] }), ours: { ...build(10000, 160), distBytes: 656e6 } },
    ];
    expect(check(results, 'deploy')).toMatchObject({ status: 'MISSED', measured: '656 MB; Starlight 2700 MB (projected from N=1000), bare blog 27 MB' });
    expect(check([size(1000, 23), { ...size(10000, 160), ours: { ...build(10000, 160), distBytes: 390e6 } }], 'deploy')).toMatchObject({ status: 'ok', measured: '390 MB' });
  });
});

describe('the printed targets', () => {
  test('each target on its own line with its status first, what was measured below it a clause a line', () => {
    const printed = targetList([
      { target: 'cold build ≤ 0.8× Starlight (N=1000)', measured: '×0.64 (18.19 s / 28.46 s; CPU ×1.12; median of 3 pairs: ×0.61 ×0.64 ×0.64)', status: 'ok' },
      { target: 'peak memory ≤ 1.2× bare blog (N=10000)', measured: '×0.64 (2204 / 3460 MiB)', status: 'ok' },
      { target: 'rebuild after one new story ≤ 0.35× cold (N=1000)', measured: '×0.55 (10.26 s / 18.71 s); bare blog ×1.02 (11.06 s / 10.83 s)', status: 'MISSED' },
    ]);
    expect(printed).toBe(
      [
        '  ok      cold build ≤ 0.8× Starlight (N=1000)',
        // A "; " inside parentheses belongs to the clause.
        '          ×0.64 (18.19 s / 28.46 s; CPU ×1.12; median of 3 pairs: ×0.61 ×0.64 ×0.64)',
        '  ok      peak memory ≤ 1.2× bare blog (N=10000)',
        '          ×0.64 (2204 / 3460 MiB)',
        '  MISSED  rebuild after one new story ≤ 0.35× cold (N=1000)',
        '          ×0.55 (10.26 s / 18.71 s)',
        '          bare blog ×1.02 (11.06 s / 10.83 s)',
      ].join('\n'),
    );
  });
});
