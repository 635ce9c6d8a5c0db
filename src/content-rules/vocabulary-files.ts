import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { checkText, fieldLabels } from '../i18n/check.ts';
import { DATA_FILES, type VocabularyName } from '../content-paths.ts';
import { indexVocabularies, type Vocabularies } from '../lib/vocabularies.ts';
import { awardSchema, fieldSchema, localitySchema, movementSchema, permalinkSchema, termPermalinkSchema } from '../schemas/index.ts';
import type { Problem } from './problem.ts';
import { readUtf8 } from './read-text.ts';
import { parseYamlSource } from './yaml-source.ts';
import { issuesToProblems } from './zod-issues.ts';

/** Keys each vocabulary entry may have, for "did you mean" hints. */
const keysOf = (schema: z.ZodType) => Object.keys((schema as unknown as { shape?: object }).shape ?? {});

async function readVocabulary<S extends z.ZodType>(
  root: string,
  name: VocabularyName,
  schema: S,
  display: (f: string) => string,
  /** What makes an entry unique; two entries with the same key are an error. */
  keyOf: (entry: z.output<S>) => string = (entry) => (entry as { id: string }).id,
) {
  const file = path.join(root, DATA_FILES[name]);
  const shown = display(file);
  const problems: Problem[] = [];
  const entries: z.output<S>[] = [];
  const firstLineOf = new Map<string, number>();
  const fail = (problem: Problem[]) => ({ entries, problems: problem, lines: firstLineOf });
  if (!existsSync(file)) return fail([{ file: shown, message: checkText.dataMissing }]);
  const text = await readUtf8(file);
  if (text === undefined) return fail([{ file: shown, message: checkText.notUtf8 }]);
  const source = parseYamlSource(text);
  if (source.errors.length) {
    return fail(source.errors.map((e) => ({ file: shown, line: e.line, message: e.message })));
  }
  if (!Array.isArray(source.data)) return fail([{ file: shown, line: 1, message: checkText.dataNotList }]);
  source.data.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (!result.success) {
      const item = { ...source, data: raw, lineOf: (p: readonly PropertyKey[]) => source.lineOf([index, ...p]) };
      problems.push(...issuesToProblems(result.error, item, shown, { keysAt: () => keysOf(schema) }));
      return;
    }
    const entry = result.data;
    const line = source.lineOf([index, 'id']);
    const key = keyOf(entry);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      problems.push({
        file: shown,
        line,
        field: checkText.fieldPrefix('id', fieldLabels.id),
        message: checkText.duplicateId(key, first),
      });
      return;
    }
    firstLineOf.set(key, line);
    entries.push(entry);
  });
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
