import path from 'node:path';
import type { Plugin } from 'vite';
import { relativeTo } from '../content-rules/display-path.ts';
import { formatReport } from '../content-rules/report.ts';
import { readSafeStory } from '../content-rules/story-safety.ts';

const display = relativeTo(process.cwd());

/**
 * Hands the MDX compiler the story as `npm run check` read it, instead of the file:
 * an empty frontmatter block of the same height, then the checked body. So the
 * compiler never splits a story its own way, and a text that has not passed the
 * safety rules in this process is checked (and refused) before it is compiled.
 */
export function storySource(storiesDir: string): Plugin {
  const inside = (file: string) => {
    const rel = path.relative(storiesDir, file);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  return {
    name: 'dien-hinh:story-source',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0]!;
      if (!file.endsWith('.mdx') || !inside(file)) return null;
      const flat = !path.relative(storiesDir, file).includes(path.sep);
      const read = await readSafeStory(file, flat, display(file));
      if (!read.story) return this.error(formatReport(read.problems));
      return read.story.source.module;
    },
  };
}
