import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { contentRoot, DATA_FILES, STORIES_DIR } from './content-paths.ts';
import { storyLoader } from './loaders/stories.ts';
import { z } from 'astro/zod';
import { parsedDataFile } from './content-rules/checked-data.ts';
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
/** Data files go through the checker's YAML reader too (no anchors, aliases or tags), parsed once a build. */
const parseYaml = (text: string) => (parsedDataFile(text) ?? []) as Record<string, unknown>[];
const dataFile = (name: keyof typeof DATA_FILES) => file(path.join(root, DATA_FILES[name]), { parser: parseYaml });

/**
 * Stories: `stories/<slug>.mdx` or `stories/<slug>/index.mdx`; the id is the slug.
 * Read by the checker's own reader, never by a second parser.
 */
const stories = defineCollection({
  loader: storyLoader(path.join(root, STORIES_DIR)),
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
      parser: (text) => (parseYaml(text) as { path: string }[]).map((entry) => ({ id: entry.path, ...entry })),
    }),
    schema: termPermalinkSchema.extend({ id: z.string() }),
  }),
};
