import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Node, type YAMLError } from 'yaml';
import { checkText } from '../i18n/check.ts';

/** Parsed YAML that remembers where each value was written. */
export interface YamlSource {
  /** Plain JavaScript data; undefined when the text could not be parsed. */
  data: unknown;
  /** Mistakes with their 1-based file line, already in plain Vietnamese. */
  errors: { line: number; message: string }[];
  /** The file line of the value at `path`, or of its nearest written parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Deeper than any story or data file needs; deeper nesting is refused before it can exhaust the stack. */
const MAX_DEPTH = 20;

/** The parser's mistake, said in Vietnamese; `text` is the source, to quote the key in question. */
function explain(error: YAMLError, text: string): string {
  const at = text.slice(error.pos[0]);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return checkText.yaml.duplicateKey(/^["']?([^:"'\n]*)/.exec(at)?.[1]?.trim() ?? '');
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return checkText.yaml.colonInValue;
    case 'TAB_AS_INDENT':
      return checkText.yaml.tabIndent;
    case 'MISSING_CHAR':
      return checkText.yaml.missingClose;
    case 'BAD_SCALAR_START':
      return checkText.yaml.reservedStart(at.charAt(0));
    case 'BAD_INDENT':
      return checkText.yaml.badIndent;
    default:
      return checkText.yaml.other;
  }
}

/** Longest run of open brackets or indentation steps: a cheap bound on nesting before parsing. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ']' || char === '}') depth = Math.max(0, depth - 1);
    else if (char === '\n') depth = 0;
  }
  const indent = Math.max(0, ...text.split('\n').map((line) => /^ */.exec(line)![0].length));
  return Math.max(deepest, Math.floor(indent / 2));
}

/**
 * Parses YAML text that starts at `firstLine` of its file (2 for frontmatter after `---`).
 * Dates stay strings; the schemas turn them into dates. Anchors, aliases and tags are
 * refused: nobody writing a story needs them, and aliases can multiply a small file
 * into gigabytes.
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const toLine = (offset: number | undefined) =>
    offset === undefined ? firstLine : lineCounter.linePos(offset).line + firstLine - 1;
  const failed = (errors: YamlSource['errors']): YamlSource => ({ data: undefined, errors, lineOf: () => firstLine });
  if (nestingDepth(text) > MAX_DEPTH) return failed([{ line: firstLine, message: checkText.yaml.tooDeep }]);

  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((error) => ({ line: toLine(error.pos[0]), message: explain(error, text) }));
  visit(doc, {
    Alias(_, node) {
      errors.push({ line: toLine(node.range?.[0]), message: checkText.yaml.alias });
    },
    Node(_, node) {
      if (node.anchor) errors.push({ line: toLine(node.range?.[0]), message: checkText.yaml.anchor });
      if (node.tag) errors.push({ line: toLine(node.range?.[0]), message: checkText.yaml.tag(node.tag) });
    },
  });
  errors.sort((a, b) => a.line - b.line);

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

  if (errors.length) return { data: undefined, errors, lineOf };
  // No alias survives the visit above, so this cannot expand; the limit is a second guard.
  return { data: doc.toJS({ maxAliasCount: 0 }), errors, lineOf };
}
