import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DATA_FILES } from '../content-paths.ts';
import { permalinkSchema } from '../schemas/permalink.ts';
import { paths } from './urls.ts';

/**
 * Story paths that answer with a redirect or a withdrawal notice rather than a story,
 * read straight from the manifest (at config time, before collections exist) so the
 * sitemap can leave them out. Invalid entries are skipped: the content check reports them.
 */
export function gonePaths(root: string): Set<string> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path.join(root, DATA_FILES.permalinks), 'utf8'));
  } catch {
    return new Set();
  }
  const entries = Array.isArray(raw) ? raw.flatMap((item) => permalinkSchema.safeParse(item).data ?? []) : [];
  return new Set(
    entries.flatMap((e) => (e.withdrawn ? [e.slug] : (e.redirectFrom ?? []))).map((slug) => paths.story(slug)),
  );
}
