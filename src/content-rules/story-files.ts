import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkText } from '../i18n/check.ts';
import { slugFromEntry } from '../content-paths.ts';
import type { Problem } from './problem.ts';
import { checkSlug } from './rules/slug.ts';

/** A story file found in the stories folder. */
export interface StoryFile {
  /** Absolute path of the .mdx file. */
  path: string;
  /** Path relative to the stories folder: `a.mdx` or `a/index.mdx`. */
  entry: string;
  /** The URL slug the file stands for. */
  slug: string;
}

/**
 * Hidden files (`.gitkeep`) are neither built nor checked. Every other name is a story
 * or a problem: the loader builds exactly the files listed here.
 */
const IGNORED = /^\./;

/**
 * Lists story files in both forms, and reports anything in the stories folder
 * that is neither (a stray `.md`, a folder without `index.mdx`).
 */
export async function listStoryFiles(
  storiesDir: string,
  display: (file: string) => string,
): Promise<{ files: StoryFile[]; problems: Problem[] }> {
  const files: StoryFile[] = [];
  const problems: Problem[] = [];
  const dirents = await readdir(storiesDir, { withFileTypes: true }).catch(() => []);
  for (const dirent of dirents.sort((a, b) => a.name.localeCompare(b.name))) {
    if (IGNORED.test(dirent.name)) continue;
    const full = path.join(storiesDir, dirent.name);
    if (dirent.isSymbolicLink()) {
      problems.push({ file: display(full), message: checkText.symlink });
    } else if (dirent.isDirectory()) {
      const inner = await readdir(full);
      if (inner.includes('index.mdx')) {
        const entry = `${dirent.name}/index.mdx`;
        files.push({ path: path.join(full, 'index.mdx'), entry, slug: slugFromEntry(entry) });
      } else {
        problems.push({ file: display(full), message: checkText.folderWithoutIndex });
      }
    } else if (dirent.name.endsWith('.mdx')) {
      files.push({ path: full, entry: dirent.name, slug: slugFromEntry(dirent.name) });
    } else {
      problems.push({ file: display(full), message: checkText.notAStory });
    }
  }
  // A name that cannot be a URL is the writer's to fix, whichever reader meets it first.
  for (const story of files) problems.push(...checkSlug(story.slug, display(story.path)));
  return { files, problems };
}
