/**
 * Turns a story file into the text a reader sees, in the plainest form, before the
 * privacy scanners read it: NFC, HTML entities and escapes decoded, comments taken out
 * (so one placed inside a number cannot split it), look-alike spaces, digits and
 * punctuation mapped to ASCII, and the lines of one paragraph joined by a space.
 * Every character keeps the file offset it came from, so a finding names its file line.
 * One pass over the file; every look-ahead is bounded or cached, so the work is linear.
 */
import { isCombiningMark, isPlain } from './characters.ts';
import { characterReference, hexEscape, isAsciiPunctuation } from './decode.ts';
import { NEWLINE, Output, SPACE, type Normalised } from './output.ts';

export type { Normalised } from './output.ts';

/** What `copyPlain` stops at: line breaks, tabs, `& < \\ {`, emphasis marks, anything not plain. */
const NEEDS_CARE = /[\t\n\r&<\\{*_`~]|[^ -~\u00c0-\u024f\u1ea0-\u1eff]/g;
/** Composed forms of the letter-and-marks clusters met so far. */
const composed = new Map<string, string>();

/** A YAML line that starts a key, a list item, a comment or the closing `---`. */
const YAML_BREAK = /(?:[\w"'-]+ *:(?: |\r?\n|$)|- |#|---)/y;
/** A Markdown line that starts its own block: heading, quote, table, list, component, fence, rule. */
const BLOCK_START = /(?:#|>|\||<|```|~~~|---|===|[-*+] )/y;

const isDigit = (code: number) => code >= 48 && code <= 57;
/** Emphasis and code marks, dropped between two digits: `09**12**345678`. */
const isInlineMark = (code: number) => code === 42 || code === 95 || code === 96 || code === 126;

/** Offset where the frontmatter's closing `---` line starts; 0 when the file has none. */
export function frontmatterEnd(source: string): number {
  const start = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstEnd = source.indexOf('\n', start);
  if (source.slice(start, firstEnd === -1 ? undefined : firstEnd).trim() !== '---') return 0;
  for (let line = firstEnd + 1; line > 0 && line < source.length; ) {
    const next = source.indexOf('\n', line);
    if (source.slice(line, next === -1 ? undefined : next).trim() === '---') return line;
    line = next + 1;
  }
  return 0;
}

/**
 * Reads one string from start to end, once: the searches it caches (next comment end,
 * next character that needs care) only ever move forward.
 */
class Normaliser {
  /** Bodies of the comments taken out of the text, as [start, end) offsets. */
  readonly comments: [number, number][] = [];
  /** Next `*∕`, `-->` and character that needs care, at or after the last search; -1 once none is left. */
  private closeAt = { '*/': -2, '-->': -2 };
  private careAt = -2;
  private lineIsBlock = false;

  private readonly s: string;
  private readonly out: Output;
  /** Where frontmatter ends, in offsets of `s`; 0 or less when `s` is body text. */
  private readonly yamlEnd: number;
  /** False inside a comment body: comments do not nest. */
  private readonly takesComments: boolean;

  constructor(s: string, out: Output, yamlEnd: number, takesComments: boolean) {
    this.s = s;
    this.out = out;
    this.yamlEnd = yamlEnd;
    this.takesComments = takesComments;
  }

  /** Appends the normalised text of the whole string. */
  run(): void {
    const { s, out } = this;
    const end = s.length;
    const inComment = !this.takesComments;
    this.lineIsBlock = this.startsBlock(0, end);
    let i = 0;
    let after = -1;
    while (i < end) {
      const code = s.charCodeAt(i);
      if (isPlain(code)) {
        const next = this.copyPlain(i, end);
        if (next > i) {
          i = next;
          continue;
        }
      }
      if (code === NEWLINE) {
        this.newline(i, end);
        i++;
      } else if (code === 13) {
        i++;
      } else if (code === 9) {
        out.push(SPACE, i++);
      } else if (code === 0x7b && !inComment && (after = this.mdxComment(i, end)) > 0) {
        i = after;
      } else if (code === 0x3c && !inComment && (after = this.htmlComment(i, end)) > 0) {
        i = after;
      } else if (code === 0x26) {
        i = this.entity(i, end);
      } else if (code === 0x5c) {
        i = this.escape(i, end);
      } else if (isInlineMark(code) && isDigit(out.last)) {
        let k = i;
        while (k < end && isInlineMark(s.charCodeAt(k))) k++;
        if (!(k < end && isDigit(s.charCodeAt(k)))) for (let m = i; m < k; m++) out.push(s.charCodeAt(m), m);
        i = k;
      } else {
        i = this.character(i, end);
      }
    }
  }

  /**
   * Copies characters that stay as they are (most of a story: letters, digits, punctuation,
   * single spaces) in one piece, up to the next character that needs care. A base letter
   * followed by a combining mark is left for `character`, which composes them.
   */
  private copyPlain(i: number, end: number): number {
    const { s, out } = this;
    if (this.careAt !== -1 && this.careAt < i) {
      NEEDS_CARE.lastIndex = i;
      this.careAt = NEEDS_CARE.test(s) ? NEEDS_CARE.lastIndex - 1 : -1;
    }
    let k = this.careAt === -1 ? end : Math.min(this.careAt, end);
    // Two spaces: copy up to the first; the second is dropped on the next call.
    const twoSpaces = s.slice(i, k).indexOf('  ');
    if (twoSpaces >= 0) k = i + twoSpaces + 1;
    if (k < end && k > i && isCombiningMark(s.charCodeAt(k))) k--;
    // A space after a space or a line break written by a slow path is dropped.
    const from = s.charCodeAt(i) === SPACE && (out.last === SPACE || out.last === NEWLINE) && k > i ? i + 1 : i;
    out.copy(s, from, k);
    return k;
  }

  /** One character, composed with the combining marks after it (NFC). */
  private character(i: number, end: number): number {
    const { s, out } = this;
    const codePoint = s.codePointAt(i)!;
    const size = codePoint > 0xffff ? 2 : 1;
    if (i + size < end && isCombiningMark(s.charCodeAt(i + size))) {
      let k = i + size;
      while (k < end && isCombiningMark(s.charCodeAt(k))) k++;
      const cluster = s.slice(i, k);
      let nfc = composed.get(cluster);
      if (nfc === undefined) {
        if (composed.size > 10_000) composed.clear();
        composed.set(cluster, (nfc = cluster.normalize('NFC')));
      }
      for (const char of nfc) out.pushCodePoint(char.codePointAt(0)!, i);
      return k;
    }
    if (codePoint < 128) out.push(codePoint, i);
    else out.pushCodePoint(codePoint, i);
    return i + size;
  }

  /** A line break: a space inside a paragraph, "\n" between paragraphs and blocks. */
  private newline(i: number, end: number): void {
    let k = i + 1;
    while (k < end && (this.s.charCodeAt(k) === SPACE || this.s.charCodeAt(k) === 9 || this.s.charCodeAt(k) === 13)) k++;
    const blank = k >= end || this.s.charCodeAt(k) === NEWLINE;
    const inYaml = i < this.yamlEnd;
    const nextIsBlock = inYaml ? this.matchesAt(YAML_BREAK, k) : this.startsBlock(k, end);
    this.out.push(blank || nextIsBlock || (!inYaml && this.lineIsBlock) ? NEWLINE : SPACE, i);
    this.lineIsBlock = !inYaml && nextIsBlock;
  }

  private startsBlock(k: number, end: number): boolean {
    return k < end && this.matchesAt(BLOCK_START, k);
  }

  private matchesAt(pattern: RegExp, k: number): boolean {
    pattern.lastIndex = k;
    return pattern.test(this.s);
  }

  /** The first `close` at or after `from`, searched once for all the searches before it. */
  private findClose(close: '*/' | '-->', from: number): number {
    const cached = this.closeAt[close];
    if (cached === -1 || cached >= from) return cached;
    return (this.closeAt[close] = this.s.indexOf(close, from));
  }

  /** `{/* … *∕}` (spaces allowed around the comment): the offset after it, or -1. */
  private mdxComment(i: number, end: number): number {
    let j = i + 1;
    while (j < end && j < i + 8 && /\s/.test(this.s[j]!)) j++;
    if (!this.s.startsWith('/*', j)) return -1;
    const close = this.findClose('*/', j + 2);
    if (close < 0 || close >= end) return -1;
    let k = close + 2;
    while (k < end && k < close + 10 && /\s/.test(this.s[k]!)) k++;
    if (this.s.charCodeAt(k) !== 0x7d) return -1;
    this.comments.push([j + 2, close]);
    return k + 1;
  }

  /** `<!-- … -->`: the offset after it, or -1. */
  private htmlComment(i: number, end: number): number {
    if (!this.s.startsWith('<!--', i)) return -1;
    const close = this.findClose('-->', i + 4);
    if (close < 0 || close + 3 > end) return -1;
    this.comments.push([i + 4, close]);
    return close + 3;
  }

  private entity(i: number, end: number): number {
    const decoded = characterReference(this.s, i);
    if (!decoded || i + decoded.length > end) {
      this.out.push(0x26, i);
      return i + 1;
    }
    this.out.pushCodePoint(decoded.codePoint, i);
    return i + decoded.length;
  }

  /** Markdown escapes (`\.`), YAML and JavaScript escapes (`\u0030`), and a backslash line break. */
  private escape(i: number, end: number): number {
    const next = this.s.charCodeAt(i + 1);
    if (next === NEWLINE) return i + 2;
    if (next === 13 && this.s.charCodeAt(i + 2) === NEWLINE) return i + 3;
    const decoded = hexEscape(this.s, i);
    if (decoded && i + decoded.length <= end) {
      this.out.pushCodePoint(decoded.codePoint, i);
      return i + decoded.length;
    }
    if (i + 1 < end && isAsciiPunctuation(next)) {
      this.out.push(next, i + 1);
      return i + 2;
    }
    this.out.push(0x5c, i);
    return i + 1;
  }
}

/**
 * Normalises a whole story file (frontmatter lines are joined the YAML way). The bodies
 * of the comments taken out follow the text, each read on its own as a paragraph.
 */
export function normaliseStory(source: string): Normalised {
  const out = new Output();
  const yamlEnd = frontmatterEnd(source);
  const main = new Normaliser(source, out, yamlEnd, true);
  main.run();
  for (const [start, end] of main.comments) {
    out.push(NEWLINE, start);
    out.base = start;
    new Normaliser(source.slice(start, end), out, yamlEnd - start, false).run();
    out.base = 0;
  }
  return out.result();
}

/** Normalises a short text the same way as story bodies, for comparing with findings. */
export function normaliseSnippet(text: string): string {
  const out = new Output();
  new Normaliser(text, out, 0, false).run();
  return out.result().text.replace(/\s+/g, ' ').trim();
}
