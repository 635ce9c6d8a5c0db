/**
 * A build's time as a fixed part plus a part per story, drawn through two sizes, and what
 * the cost-per-story target (seconds per story within ±tolerance from the smaller size to
 * the larger) asks of the fixed part. Seconds per story at n stories are F/n + c, so they
 * fall as n grows whenever F > 0; they stay within the tolerance only while
 *
 *   F/n2 + c ≥ (1 − tolerance)·(F/n1 + c)  ⇔  F ≤ tolerance·c / ((1 − tolerance)/n1 − 1/n2).
 */

/** Seconds of a build that do not grow with the stories, and seconds each story adds. */
export interface LinearCost {
  fixed: number;
  perStory: number;
}

/** The line through (n1, t1) and (n2, t2): builds of n1 and n2 stories that took t1 and t2 seconds. */
export function linearCost(n1: number, t1: number, n2: number, t2: number): LinearCost {
  if (!(n2 > n1 && n1 > 0)) throw new Error(`Two sizes are needed, the second larger: ${n1}, ${n2}`);
  const perStory = (t2 - t1) / (n2 - n1);
  return { fixed: t1 - perStory * n1, perStory };
}

/**
 * How many stories' worth of time the fixed part may be at most for the cost per story to
 * stay within ±tolerance from n1 to n2 stories: 286 for 1,000 → 10,000 at ±20 %.
 */
export function flatFixedLimit(n1: number, n2: number, tolerance: number): number {
  const room = (1 - tolerance) / n1 - 1 / n2;
  if (room <= 0) return Infinity;
  return tolerance / room;
}

/**
 * The shortest build of n1 stories that is flat within the tolerance when its fixed part
 * is `fixed` seconds: the fixed part plus n1 stories at the least cost each that the
 * limit allows (fixed / limit).
 */
export function shortestFlatBuild(fixed: number, n1: number, n2: number, tolerance: number): number {
  return fixed + (n1 * fixed) / flatFixedLimit(n1, n2, tolerance);
}
