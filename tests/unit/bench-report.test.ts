import { describe, expect, test } from 'vitest';
import { checkTargets, coldPer1000, type BuildResult, type SizeResult } from '../../scripts/bench/report.ts';

/** A successful build of `n` stories that took `seconds`. */
function build(n: number, seconds: number): BuildResult {
  return {
    ok: true, exitCode: 0, seconds, cpuSeconds: seconds, secondsPer1000: (seconds / n) * 1000, peakRssMiB: 1000,
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
