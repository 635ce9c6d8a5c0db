import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DATA_FILES } from '../content-paths.ts';
import { permalinkSchema } from '../schemas/permalink.ts';
import { termPermalinkSchema } from '../schemas/term-permalink.ts';
import { paths } from './urls.ts';

/**
 * Story and taxonomy paths that answer with a redirect or a withdrawal notice rather than content,
 * read straight from the manifest (at config time, before collections exist) so the
 * sitemap can leave them out. Invalid entries are skipped: the content check reports them.
 */
export function gonePaths(root: string): Set<string> {
  const read = (file: string): unknown[] => {
    try {
      const raw: unknown = parse(readFileSync(path.join(root, file), 'utf8'));
      return Array.isArray(raw) ? raw : [];
    } catch {
      return [];
    }
  };
  const stories = read(DATA_FILES.permalinks).flatMap((item) => permalinkSchema.safeParse(item).data ?? []);
  const terms = read(DATA_FILES.termPermalinks).flatMap((item) => termPermalinkSchema.safeParse(item).data ?? []);
  return new Set([
    ...stories.flatMap((e) => (e.withdrawn ? [e.slug] : (e.redirectFrom ?? []))).map((slug) => paths.story(slug)),
    ...terms.filter((t) => t.redirectTo).map((t) => t.path),
  ]);
}
