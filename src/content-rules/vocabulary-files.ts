import path from 'node:path';
import { z } from 'astro/zod';
import { checkText, fieldLabels } from '../i18n/check.ts';
import { DATA_FILES, type VocabularyName } from '../content-paths.ts';
import { indexVocabularies, type Vocabularies } from '../lib/vocabularies.ts';
import { awardSchema, fieldSchema, localitySchema, movementSchema, permalinkSchema, termPermalinkSchema } from '../schemas/index.ts';
import { readDataList } from './data-list.ts';
import type { Problem } from './problem.ts';

async function readVocabulary<S extends z.ZodType>(
  root: string,
  name: VocabularyName,
  schema: S,
  display: (f: string) => string,
  /** What makes an entry unique; two entries with the same key are an error. */
  keyOf: (entry: z.output<S>) => string = (entry) => (entry as { id: string }).id,
) {
  const shown = display(path.join(root, DATA_FILES[name]));
  const list = await readDataList(path.join(root, DATA_FILES[name]), shown, schema);
  const problems: Problem[] = [...list.problems];
  const entries: z.output<S>[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { entry, index } of list.entries) {
    const line = list.lineOf([index, 'id']);
    const key = keyOf(entry);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      problems.push({
        file: shown,
        line,
        field: checkText.fieldPrefix('id', fieldLabels.id),
        message: checkText.duplicateId(key, first),
      });
      continue;
    }
    firstLineOf.set(key, line);
    entries.push(entry);
  }
  return { entries, problems, lines: firstLineOf };
}

/** Reads and validates every vocabulary file of a content root. */
export async function readVocabularies(
  root: string,
  display: (file: string) => string,
): Promise<{
  vocabularies: Vocabularies;
  problems: Problem[];
  /** Where each manifest entry is written, by story ID, for messages about it. */
  permalinkLines: Map<string, number>;
  permalinkFile: string;
  termPermalinkLines: Map<string, number>;
  termPermalinkFile: string;
}> {
  const [fields, localities, awards, movements, permalinks, termPermalinks] = await Promise.all([
    readVocabulary(root, 'fields', fieldSchema, display),
    readVocabulary(root, 'localities', localitySchema, display),
    readVocabulary(root, 'awards', awardSchema, display),
    readVocabulary(root, 'movements', movementSchema, display),
    readVocabulary(root, 'permalinks', permalinkSchema, display),
    readVocabulary(root, 'termPermalinks', termPermalinkSchema, display, (entry) => entry.path),
  ]);
  return {
    vocabularies: indexVocabularies({
      fields: fields.entries,
      localities: localities.entries,
      awards: awards.entries,
      movements: movements.entries,
      permalinks: permalinks.entries,
      termPermalinks: termPermalinks.entries,
    }),
    problems: [fields, localities, awards, movements, permalinks, termPermalinks].flatMap((r) => r.problems),
    termPermalinkLines: termPermalinks.lines,
    termPermalinkFile: display(path.join(root, DATA_FILES.termPermalinks)),
    permalinkLines: permalinks.lines,
    permalinkFile: display(path.join(root, DATA_FILES.permalinks)),
  };
}
