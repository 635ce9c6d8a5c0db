import path from 'node:path';

/** Folder of story files inside a content root. */
export const STORIES_DIR = 'stories';

/** Vocabulary files inside a content root, by collection name. */
export const DATA_FILES = {
  fields: 'data/fields.yaml',
  localities: 'data/localities.yaml',
  awards: 'data/awards.yaml',
  movements: 'data/movements.yaml',
  permalinks: 'data/permalinks.yaml',
  termPermalinks: 'data/term-permalinks.yaml',
} as const;

export type VocabularyName = keyof typeof DATA_FILES;

/**
 * Privacy exceptions approved by the editorial board. Optional, and not a vocabulary:
 * only the checker reads it. `.github/CODEOWNERS` makes the board review every change to it.
 */
export const PRIVACY_APPROVALS_FILE = 'data/rieng-tu-da-duyet.yaml';


/** The content root: `CONTENT_DIR` when set, else `./content`, as an absolute path. */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.CONTENT_DIR || 'content');
}

/** The slug a story file stands for: `a/index.mdx` and `a.mdx` are both `a`. */
export function slugFromEntry(entry: string): string {
  return entry.replace(/\\/g, '/').replace(/\/index\.mdx$/, '').replace(/\.mdx$/, '');
}
