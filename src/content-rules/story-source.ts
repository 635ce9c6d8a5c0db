/**
 * The one reading of a story file, shared by `npm run check` and the content loader:
 * where the frontmatter ends, what the body is, and the exact text that is both
 * checked and rendered. Nothing else in the project splits a story.
 */

/** A story file split into its two parts. */
export interface StorySource {
  /** YAML between the `---` lines. */
  yaml: string;
  /** File line of the first YAML line. */
  yamlLine: number;
  /** File line of the first body line. */
  bodyLine: number;
  /** Everything after the closing `---`. */
  body: string;
  /**
   * The body after a blank line for each frontmatter line, so parser line numbers are
   * file line numbers: the text the safety rules parse and the loader renders.
   */
  parsed: string;
}

/** Why a file could not be split, and where. */
export interface SplitProblem {
  reason: 'noFrontmatter' | 'delimiterSpaces' | 'secondBlock';
  line: number;
}

const DELIMITER = '---';
/** A line that looks like a delimiter but is not exactly one: ` ---`, `--- `, `----`. */
const LOOKS_LIKE_DELIMITER = /^\s*-{3,}\s*$/;
/** Front-matter openers other tools accept: YAML `---`, TOML `+++`. */
const BLOCK_OPENER = /^\s*(?:-{3}|\+{3})\s*$/;

/**
 * Splits `---\nYAML\n---\nbody`. The opening and closing lines must be exactly `---`;
 * a body may not begin with another front-matter block, which some parsers would
 * swallow and others render.
 */
export function splitStory(text: string): StorySource | SplitProblem {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== DELIMITER) {
    return { reason: LOOKS_LIKE_DELIMITER.test(lines[0] ?? '') ? 'delimiterSpaces' : 'noFrontmatter', line: 1 };
  }
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === DELIMITER) {
      end = i;
      break;
    }
    if (LOOKS_LIKE_DELIMITER.test(lines[i]!)) return { reason: 'delimiterSpaces', line: i + 1 };
  }
  if (end === -1) return { reason: 'noFrontmatter', line: 1 };
  const bodyLines = lines.slice(end + 1);
  const firstText = bodyLines.findIndex((line) => line.trim() !== '');
  if (firstText !== -1 && BLOCK_OPENER.test(bodyLines[firstText]!)) {
    return { reason: 'secondBlock', line: end + 2 + firstText };
  }
  const body = bodyLines.join('\n');
  const height = end; // newlines between the two delimiters
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlLine: 2,
    bodyLine: end + 2,
    body,
    parsed: `${'\n'.repeat(height + 1)}${body}`,
  };
}

/** Whether a split succeeded. */
export const isSplitProblem = (value: StorySource | SplitProblem): value is SplitProblem => 'reason' in value;
