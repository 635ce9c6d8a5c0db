/**
 * The middle value of a list of measurements; for an even count, the lower of the two
 * middle ones (a score or a time that one run in two reached). Used by the benches and
 * the audit, so every median they print is taken the same way.
 */
export function median(values: readonly number[]): number {
  if (!values.length) throw new Error('median of no values');
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
}
