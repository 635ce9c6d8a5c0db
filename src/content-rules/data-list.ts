import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { checkText } from '../i18n/check.ts';
import { checkedDataFiles } from './checked-data.ts';
import type { Problem } from './problem.ts';
import { readUtf8 } from './read-text.ts';
import { parseYamlSource } from './yaml-source.ts';
import { issuesToProblems } from './zod-issues.ts';

/** Keys each entry may have, for "did you mean" hints. */
const keysOf = (schema: z.ZodType) => Object.keys((schema as unknown as { shape?: object }).shape ?? {});

/**
 * Reads a data file that is a YAML list, validating each entry with `schema`: the valid
 * entries with their index, and every mistake located by line. An `optional` file may be
 * missing or empty (nothing in it); otherwise either is a problem.
 */
export async function readDataList<S extends z.ZodType>(
  fullPath: string,
  shown: string,
  schema: S,
  { optional = false } = {},
): Promise<{
  entries: { entry: z.output<S>; index: number }[];
  problems: Problem[];
  /** The file line of the value at `path` (starting with the entry's index). */
  lineOf: (path: readonly PropertyKey[]) => number;
}> {
  const fail = (problems: Problem[]) => ({ entries: [], problems, lineOf: () => 1 });
  if (!existsSync(fullPath)) return fail(optional ? [] : [{ file: shown, message: checkText.dataMissing }]);
  const text = await readUtf8(fullPath);
  if (text === undefined) return fail([{ file: shown, message: checkText.notUtf8 }]);
  const source = parseYamlSource(text);
  if (source.errors.length) return fail(source.errors.map((e) => ({ file: shown, line: e.line, message: e.message })));
  // The content collections read the same file in this process: they take this parse.
  checkedDataFiles().set(text, source.data);
  // An optional file that is empty (or only comments) holds nothing.
  if (optional && (source.data === null || source.data === undefined)) return fail([]);
  if (!Array.isArray(source.data)) return fail([{ file: shown, line: 1, message: checkText.dataNotList }]);
  const problems: Problem[] = [];
  const entries: { entry: z.output<S>; index: number }[] = [];
  source.data.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      entries.push({ entry: result.data, index });
      return;
    }
    const item = { ...source, data: raw, lineOf: (p: readonly PropertyKey[]) => source.lineOf([index, ...p]) };
    problems.push(...issuesToProblems(result.error, item, shown, { keysAt: () => keysOf(schema) }));
  });
  return { entries, problems, lineOf: source.lineOf };
}
