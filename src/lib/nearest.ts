import { toIdShape } from './fold.ts';

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The valid id a mistyped value most likely meant, or undefined when nothing is close.
 * "hai hau", "Hải Hậu" and "hai-hua" all suggest "hai-hau".
 */
export function nearestId(input: string, ids: readonly string[]): string | undefined {
  const shaped = toIdShape(input);
  if (ids.includes(shaped)) return shaped;
  let best: { id: string; distance: number } | undefined;
  for (const id of ids) {
    const distance = editDistance(shaped, id);
    if (!best || distance < best.distance) best = { id, distance };
  }
  const tolerance = Math.max(2, Math.floor(shaped.length / 4));
  return best && best.distance <= tolerance ? best.id : undefined;
}
