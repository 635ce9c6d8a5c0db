/**
 * E-mail addresses in normalised text, also when written to dodge a filter:
 * `ten [at] gmail.com`, `ten(at)gmail.com`, `ten @ gmail . com`, `ten a còng gmail chấm com`.
 *
 * No regex spans the address: each `@` (or spelled-out at) is found by a plain
 * alternation, then the local part is read leftwards and the domain rightwards, each
 * for a bounded number of characters. An `@` is never part of either side, so no
 * character is read by more than one side of one `@`: linear in the line length.
 */
import type { Finding } from './finding.ts';

/** Spelled-out forms after a space are checked by a lookbehind that follows the letter: faster than a leading space. */
const AT = /@|[[(] ?[aA][tT] ?[\])]|(?<= )[aA][tT] |(?<= )[aA] [cC]òng /g;
/** Between domain labels: `.`, `[dot]`, `(dot)`, ` dot `, ` chấm `, spaces around allowed. */
const DOT = / ?(?:\.|\[dot\]|\(dot\)|dot |chấm ) ?/iy;
const MAX_LOCAL = 64;
const MAX_LABEL = 63;
const MAX_LABELS = 8;
/** Top-level domains a spelled-out address must end with; with a real `@` any letters do. */
const KNOWN_TLD = /^(?:com|vn|net|org|edu|gov|info|biz|io|me|co|asia)$/i;
const LETTER = /\p{L}/u;

const isAsciiWord = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
const isLocalChar = (c: string) => isAsciiWord(c) || '._%+-'.includes(c) || (c > '\u00bf' && LETTER.test(c));
const isLabelChar = (c: string) => isAsciiWord(c) || c === '-' || (c > '\u00bf' && LETTER.test(c));

function readLabel(text: string, from: number): number {
  let k = from;
  while (k < text.length && k - from < MAX_LABEL && isLabelChar(text[k]!)) k++;
  return k;
}

/** The address around one at-sign, or undefined when either side is missing. */
function around(text: string, atStart: number, atEnd: number, spelled: boolean): Finding | undefined {
  let start = atStart;
  if (text[start - 1] === ' ') start--;
  const localEnd = start;
  while (start > 0 && localEnd - start < MAX_LOCAL && isLocalChar(text[start - 1]!)) start--;
  while (text[start] === '.') start++;
  if (start >= localEnd) return undefined;
  if (spelled && !/^[\w.%+-]+$/.test(text.slice(start, localEnd))) return undefined;

  let end = atEnd;
  if (text[end] === ' ') end++;
  const firstEnd = readLabel(text, end);
  if (firstEnd === end) return undefined;
  end = firstEnd;
  let labels = 1;
  let tld = '';
  while (labels < MAX_LABELS) {
    DOT.lastIndex = end;
    if (!DOT.test(text)) break;
    const labelEnd = readLabel(text, DOT.lastIndex);
    if (labelEnd === DOT.lastIndex) break;
    tld = text.slice(DOT.lastIndex, labelEnd);
    end = labelEnd;
    labels++;
  }
  if (labels < 2 || !/^[a-z]{2,24}$/i.test(tld) || (spelled && !KNOWN_TLD.test(tld))) return undefined;
  return { kind: 'email', start, end };
}

/** E-mail addresses in normalised text. */
export function findEmails(text: string): Finding[] {
  const found: Finding[] = [];
  AT.lastIndex = 0;
  for (let m = AT.exec(text); m; m = AT.exec(text)) {
    const finding = around(text, m.index, m.index + m[0].length, m[0] !== '@');
    if (finding) found.push(finding);
    // A spelled-out marker ends with a space that may begin the next one.
    if (m[0].endsWith(' ')) AT.lastIndex--;
  }
  return found;
}
