/**
 * `npm run bench:privacy`: how long the privacy lint takes on long adversarial lines.
 *
 *   node scripts/bench/privacy.ts [--size 200000]
 *
 * Each line (scripts/lib/privacy-adversarial.ts) is checked at half size and at full size;
 * the time should double, not quadruple, and stay well under a second at 200 KB.
 * Times are CPU milliseconds, best of five. Prints a table; never fails (tests do not
 * assert on time).
 */
import { checkPrivacy } from '../../src/content-rules/rules/privacy.ts';
import { adversarialLines } from '../lib/privacy-adversarial.ts';

const i = process.argv.indexOf('--size');
const size = i > -1 ? Number(process.argv[i + 1]) : 200_000;

/** Collects garbage first when node runs with --expose-gc, as `npm run bench:privacy` does. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Best of five, in milliseconds of CPU time: wall time on a shared machine counts other work too. */
function time(line: string): number {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    collect();
    const start = process.cpuUsage();
    checkPrivacy(line, 'bench.mdx', 2024);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const fmt = (ms: number) => ms.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const halves = new Map(adversarialLines(size / 2).map((l) => [l.name, l.line]));
console.log(`| Dòng (${size / 1000} KB) | Thời gian CPU (ms) | Nửa cỡ (ms) | Tỉ lệ |`);
console.log('| --- | --- | --- | --- |');
let worst = 0;
for (const { name, line } of adversarialLines(size)) {
  const full = time(line);
  const half = time(halves.get(name)!);
  worst = Math.max(worst, full);
  console.log(`| ${name} | ${fmt(full)} | ${fmt(half)} | ×${fmt(full / Math.max(half, 0.01))} |`);
}
console.log(`\nChậm nhất: ${fmt(worst)} ms cho một dòng ${size / 1000} KB.`);
