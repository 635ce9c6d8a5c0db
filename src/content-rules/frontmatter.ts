/** The two parts of a story file. */
export interface SplitStory {
  /** YAML between the `---` lines. */
  yaml: string;
  /** File line of the first YAML line. */
  yamlLine: number;
  /** Everything after the closing `---`. */
  body: string;
}

/** Splits `---\nYAML\n---\nbody`; undefined when the file has no frontmatter block. */
export function splitFrontmatter(text: string): SplitStory | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) return undefined;
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlLine: 2,
    body: lines.slice(end + 1).join('\n'),
  };
}
