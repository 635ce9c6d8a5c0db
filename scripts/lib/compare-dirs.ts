import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './build.ts';

/** Every file under `dir` (relative, forward slashes) with the SHA-256 of its bytes. */
async function digests(dir: string): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const file of await listFiles(dir)) map.set(file, createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex'));
  return map;
}

export interface DirDifference {
  /** Files only in the first folder, only in the second, and in both with other bytes; sorted. */
  onlyInA: string[];
  onlyInB: string[];
  changed: string[];
  /** Files compared. */
  files: number;
}

/** How two built sites differ, file by file and byte by byte. */
export async function compareDirs(a: string, b: string): Promise<DirDifference> {
  const [left, right] = await Promise.all([digests(a), digests(b)]);
  const onlyInA = [...left.keys()].filter((f) => !right.has(f)).sort();
  const onlyInB = [...right.keys()].filter((f) => !left.has(f)).sort();
  const changed = [...left].filter(([f, hash]) => right.has(f) && right.get(f) !== hash).map(([f]) => f).sort();
  return { onlyInA, onlyInB, changed, files: left.size };
}

export const identical = (d: DirDifference) => !d.onlyInA.length && !d.onlyInB.length && !d.changed.length;
