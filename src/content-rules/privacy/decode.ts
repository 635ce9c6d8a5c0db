/**
 * Character references and escapes that stand for one character in what a reader sees:
 * HTML references in MDX text (`&#48;`, `&#x30;`, `&nbsp;`) and YAML or JavaScript hex
 * escapes (`\u0030`). Each reads a bounded number of characters.
 */

/** A decoded character and how many characters of the source it took. */
export interface Decoded {
  codePoint: number;
  length: number;
}

/** Numeric references (`;` optional, as browsers allow) and named ones. */
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6});?|#(\d{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)/y;
/** Named references that can hide a digit, a separator, a space or an @. */
const NAMED: Record<string, number> = {
  nbsp: 0xa0, NonBreakingSpace: 0xa0, ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, ThinSpace: 0x2009,
  numsp: 0x2007, puncsp: 0x2008, hairsp: 0x200a, ZeroWidthSpace: 0x200b, zwj: 0x200d, zwnj: 0x200c,
  shy: 0xad, amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27, commat: 0x40, period: 0x2e,
  lpar: 0x28, rpar: 0x29, plus: 0x2b, hyphen: 0x2010, dash: 0x2010, ndash: 0x2013, mdash: 0x2014,
  minus: 0x2212, lowbar: 0x5f, lsqb: 0x5b, rsqb: 0x5d, lbrack: 0x5b, rbrack: 0x5d, colon: 0x3a,
  sol: 0x2f, num: 0x23, middot: 0xb7, sup2: 0xb2, sup3: 0xb3,
};
/** `\u0030`, `\x30`, `\U00000030`. */
const HEX_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|U([0-9a-fA-F]{8}))/y;

const isCodePoint = (n: number | undefined): n is number =>
  n !== undefined && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);

/** The character reference starting at `&` at offset i, if it is one. */
export function characterReference(s: string, i: number): Decoded | undefined {
  REFERENCE.lastIndex = i;
  const m = REFERENCE.exec(s);
  if (!m) return undefined;
  const codePoint = m[1] !== undefined ? parseInt(m[1], 16) : m[2] !== undefined ? Number(m[2]) : NAMED[m[3]!];
  return isCodePoint(codePoint) ? { codePoint, length: m[0].length } : undefined;
}

/** The hex escape starting at the backslash at offset i, if it is one. */
export function hexEscape(s: string, i: number): Decoded | undefined {
  HEX_ESCAPE.lastIndex = i;
  const m = HEX_ESCAPE.exec(s);
  if (!m) return undefined;
  const codePoint = parseInt(m[1] ?? m[2] ?? m[3]!, 16);
  return isCodePoint(codePoint) ? { codePoint, length: m[0].length } : undefined;
}

/** ASCII punctuation, which Markdown lets a backslash escape. */
export const isAsciiPunctuation = (code: number) =>
  (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
