import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import type { HostileCase } from '../fixtures/hostile-corpus.ts';
import { makeContentRoot } from './content-root.ts';

/** A content root holding the files of the given cases, symlinks included. */
export async function hostileRoot(cases: readonly HostileCase[]): Promise<string> {
  const plain: Record<string, string | Uint8Array> = {};
  const links: [string, string][] = [];
  for (const { files } of cases) {
    for (const [file, content] of Object.entries(files)) {
      if (typeof content === 'object' && 'symlink' in content) links.push([file, content.symlink]);
      else plain[file] = content;
    }
  }
  const root = await makeContentRoot(plain);
  for (const [file, target] of links) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await symlink(target, path.join(root, file));
  }
  return root;
}
