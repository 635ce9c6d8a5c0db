import { describe, expect, test } from 'vitest';
import { round } from '../../scripts/bench/measure.ts';
import { checkTargets, coldPer1000, type BuildResult, type SizeResult } from '../../scripts/bench/report.ts';

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
    expect(flatness(results)).toMatchObject({ status: 'ok', measured: '×0.82 (19.5 → 16 s/1000, median of 3 cold builds at 1,000)' });
    // Without pairs the first build is all there is.
    expect(flatness([size(1000, 23.5), size(10000, 160)])).toMatchObject({ status: 'MISSED', measured: '×0.68 (23.5 → 16 s/1000)' });
  });

  test('is missed when the cost per story moves by more than a fifth either way', () => {
    expect(flatness([size(1000, 20, [20, 20, 20]), size(10000, 150)]).status).toBe('MISSED');
    expect(flatness([size(1000, 20, [20, 20, 20]), size(10000, 250)]).status).toBe('MISSED');
    expect(flatness([size(1000, 20, [20, 20, 20]), size(10000, 170)]).status).toBe('ok');
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
      measured: '×0.75 (20 → 15 s/1000, median of 3 cold builds at 1,000); bare blog ×0.70 (12.7 → 8.87 s/1000)',
    });
    // Without the bare blog at both sizes there is no peer to print.
    const one = [withPeers(size(1000, 20, [20, 20, 20]), { baseline: [12.7, 0] }), size(10000, 150)];
    expect(check(one, 'cost per story').measured).toBe('×0.75 (20 → 15 s/1000, median of 3 cold builds at 1,000)');
  });

  test('rebuild: the bare blog rebuilt with its cache kept, against its cold build', () => {
    const warm = { warm: build(1001, 18.2), cold: build(1001, 28.6), differingFiles: 0, differingSample: [] };
    const result = { ...withPeers(size(1000, 23), { baseline: [14.6, 0], rebuild: 14.0 }), warm };
    expect(check([result], 'rebuild after')).toMatchObject({ status: 'MISSED', measured: '×0.64 (18.2 s / 28.6 s); bare blog ×0.96 (14 s / 14.6 s)' });
    // No rebuild of the bare blog (a run with --skip-baseline): ours alone.
    expect(check([{ ...result, baselineRebuild: null }], 'rebuild after').measured).toBe('×0.64 (18.2 s / 28.6 s)');
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
