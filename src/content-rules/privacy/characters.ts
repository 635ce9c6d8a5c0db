/**
 * Look-alike characters and their plain ASCII form, as far as the privacy lint cares:
 * spaces that do not look like spaces to a regex, invisible characters that split a
 * number, full-width and other digits, dashes, and the full-width `＠` and `（`.
 */

/**
 * Characters copied unchanged: printable ASCII except the ampersand, `<`, `{`, the backslash
 * and the emphasis marks (entities, comments, escapes, marks between digits), and the Latin
 * letters Vietnamese is written with.
 */
const PLAIN = new Uint8Array(0x10000);
for (let c = 0x20; c < 0x7f; c++) PLAIN[c] = 1;
for (const c of '&<\\{*_`~') PLAIN[c.charCodeAt(0)] = 0;
for (let c = 0xc0; c <= 0x24f; c++) PLAIN[c] = c === 0xd7 || c === 0xf7 ? 0 : 1;
for (let c = 0x1ea0; c <= 0x1eff; c++) PLAIN[c] = 1;

/** Whether a UTF-16 unit is copied as it is (when no combining mark follows it). */
export const isPlain = (code: number): boolean => PLAIN[code] === 1;

/** -1: drop the character. */
const DROP = -1;
const cache = new Map<number, number>();

/** Combining marks that follow a base letter in decomposed (NFD) Vietnamese and similar text. */
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

const isSpace = (c: number) =>
  c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 ||
  c === 0x2028 || c === 0x2029 || c === 0x85;

const isInvisible = (c: number) =>
  c === 0xad || c === 0x34f || c === 0x180e || (c >= 0x200b && c <= 0x200d) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;

const isDash = (c: number) => (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63;

/** The one ASCII character NFKC gives for `c`, if any. */
function compatibilityAscii(c: number): number | undefined {
  const folded = String.fromCodePoint(c).normalize('NFKC');
  return folded.length === 1 && folded.charCodeAt(0) < 128 ? folded.charCodeAt(0) : undefined;
}

function map(c: number): number {
  if (isSpace(c)) return 32;
  if (isInvisible(c)) return DROP;
  if (isDash(c)) return 45;
  if (c === 0x2024 || c === 0xfe52) return 46;
  // Full-width ASCII (０-９, Ａ-ｚ, ＠, （, ．…) and the small forms (﹫, ﹙…).
  if ((c >= 0xff01 && c <= 0xff5e) || (c >= 0xfe50 && c <= 0xfe6b)) return compatibilityAscii(c) ?? c;
  // Other decimal digits (mathematical bold 𝟎…); superscripts such as m² are not decimal digits.
  if (c >= 0x660 && !(c >= 0x1ea0 && c <= 0x1eff) && /\p{Nd}/u.test(String.fromCodePoint(c))) {
    return compatibilityAscii(c) ?? c;
  }
  return c;
}

/** The code point the lint reads for `c`: ASCII where a look-alike stands in for it, -1 to drop. */
export function mapCodePoint(c: number): number {
  if (c < 0x80) return c;
  let mapped = cache.get(c);
  if (mapped === undefined) {
    mapped = map(c);
    cache.set(c, mapped);
  }
  return mapped;
}
