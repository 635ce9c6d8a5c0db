import path from 'node:path';
import type { Plugin } from 'vite';
import { readStory } from '../content-rules/read-story.ts';
import { formatReport } from '../content-rules/report.ts';
import { checkStorySafety, storyDigest, verifiedStories } from '../content-rules/story-safety.ts';

const display = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');

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
      const shown = display(file);
      const read = await readStory(file, shown);
      if (!read.story) return this.error(formatReport(read.problems));
      const verified = verifiedStories();
      const digest = storyDigest(read.story.text);
      if (verified.get(file) !== digest) {
        const flat = !path.relative(storiesDir, file).includes(path.sep);
        const safety = await checkStorySafety(read.story, file, flat, shown);
        if (safety.problems.length) return this.error(formatReport(safety.problems));
        verified.set(file, digest);
      }
      return read.story.source.module;
    },
  };
}
