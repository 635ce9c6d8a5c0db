import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot, DATA_FILES, STORIES_DIR, STORY_GLOBS, slugFromEntry } from './content-paths.ts';
import { withoutDrafts } from './without-drafts.ts';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import {
  awardSchema,
  fieldSchema,
  localitySchema,
  movementSchema,
  permalinkSchema,
  storySchema,
  termPermalinkSchema,
} from './schemas/index.ts';

const root = contentRoot();
const dataFile = (name: keyof typeof DATA_FILES) => file(path.join(root, DATA_FILES[name]));

/** Stories: `stories/<slug>.mdx` or `stories/<slug>/index.mdx`; the id is the slug. Drafts are left out. */
const stories = defineCollection({
  loader: withoutDrafts(
    glob({
      pattern: STORY_GLOBS,
      base: path.join(root, STORIES_DIR),
      generateId: ({ entry }) => slugFromEntry(entry),
    }),
  ),
  schema: ({ image }) => storySchema({ image }),
});

export const collections = {
  stories,
  fields: defineCollection({ loader: dataFile('fields'), schema: fieldSchema }),
  localities: defineCollection({ loader: dataFile('localities'), schema: localitySchema }),
  awards: defineCollection({ loader: dataFile('awards'), schema: awardSchema }),
  movements: defineCollection({ loader: dataFile('movements'), schema: movementSchema }),
  permalinks: defineCollection({ loader: dataFile('permalinks'), schema: permalinkSchema }),
  termPermalinks: defineCollection({
    // Entries are keyed by path; the file loader wants an id.
    loader: file(path.join(root, DATA_FILES.termPermalinks), {
      parser: (text) => (parse(text) as { path: string }[]).map((entry) => ({ id: entry.path, ...entry })),
    }),
    schema: termPermalinkSchema.extend({ id: z.string() }),
  }),
};
