import { LineCounter, isMap, isSeq, isScalar, parseDocument, type Node } from 'yaml';

/** Parsed YAML that remembers where each value was written. */
export interface YamlSource {
  /** Plain JavaScript data; undefined when the text could not be parsed. */
  data: unknown;
  /** Syntax errors with their 1-based file line. */
  errors: { line: number; message: string }[];
  /** The file line of the value at `path`, or of its nearest written parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML text that starts at `firstLine` of its file (2 for frontmatter after `---`).
 * Dates stay strings; the schemas turn them into dates.
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number | undefined) =>
    offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({
    line: toLine(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.code,
  }));

  function lineOf(path: readonly PropertyKey[]): number {
    let node: unknown = doc.contents;
    let line = toLine((node as Node | null)?.range?.[0]);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        line = toLine((pair.key as Node).range?.[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        line = toLine(item.range?.[0]);
        node = item;
      } else break;
    }
    return line;
  }

  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
