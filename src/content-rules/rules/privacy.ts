import { checkText } from '../../i18n/check.ts';
import type { Problem } from '../problem.ts';

/** Written on a line (as a YAML comment or an MDX comment) after review, it allows that line. */
export const PRIVACY_EXCEPTION = 'rieng-tu-da-duyet:';

/** Age below which a birth date may not be published. */
const ADULT_AGE = 18;

interface Finding {
  kind: 'idNumber' | 'phone' | 'email' | 'address' | 'minorBirth';
  text: string;
}

const PATTERNS: { kind: Finding['kind']; pattern: RegExp }[] = [
  // Vietnamese phones: mobiles 0[35789]x and landlines 02xx, with optional +84 and separators.
  { kind: 'phone', pattern: /(?<![\d/])(?:\+84[ .-]?|0)[1-9](?:[ .-]?\d){7,9}(?![\d/])/g },
  // Citizen ID numbers: 9 digits (CMND) or 12 digits (CCCD), possibly grouped.
  { kind: 'idNumber', pattern: /(?<![\d/.,])(?:\d{12}|\d{9}|\d{3}[ .]\d{3}[ .]\d{3}(?:[ .]\d{3})?)(?![\d/.,])/g },
  { kind: 'email', pattern: /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[a-z]{2,}/giu },
  // House numbers: "số nhà 12", "nhà số 12", "số 45 đường/phố …", "ngõ 12", "ngách 3", "hẻm 5", "kiệt 7".
  {
    kind: 'address',
    pattern: /(?:số nhà|nhà số)\s*\d+|\bsố\s+\d+[a-zA-Z]?\s*,?\s*(?:đường|phố|ngõ|ngách)\s|(?:^|[\s,(])(?:ngõ|ngách|hẻm|kiệt)\s+\d+/giu,
  },
];

/** "sinh năm 2012", "sinh ngày 3/5/2012", "sinh 2012", "(2012)" after "cháu/em": a birth year. */
const BIRTH = /sinh\s+(?:ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]|tháng\s+\d{1,2}[/.-]|năm\s+)?((?:19|20)\d{2})/giu;

function findings(line: string, publishedYear: number | undefined): Finding[] {
  const found: Finding[] = [];
  // Every pattern but the e-mail one needs a digit, and that one an @: most lines of a
  // story have neither, and skipping them halves the time of checking 10,000 stories.
  const hasDigit = /\d/.test(line);
  if (!hasDigit && !line.includes('@')) return found;
  for (const { kind, pattern } of PATTERNS) {
    if (kind === 'email' ? !line.includes('@') : !hasDigit) continue;
    for (const match of line.matchAll(pattern)) found.push({ kind, text: match[0].trim() });
  }
  if (publishedYear !== undefined) {
    for (const match of line.matchAll(BIRTH)) {
      if (publishedYear - Number(match[1]) < ADULT_AGE) found.push({ kind: 'minorBirth', text: match[0] });
    }
  }
  return found;
}

/**
 * Flags what looks like private data of real people in a story file, frontmatter
 * and body alike: citizen ID numbers, phone numbers, e-mail addresses, house-number
 * addresses and birth dates of minors. A line that carries `rieng-tu-da-duyet: <lý do>`
 * has been reviewed and is allowed.
 */
export function checkPrivacy(text: string, file: string, publishedYear: number | undefined): Problem[] {
  return text.split(/\r?\n/).flatMap((line, index) => {
    if (line.includes(PRIVACY_EXCEPTION)) return [];
    return findings(line, publishedYear).map((finding) => ({
      file,
      line: index + 1,
      message: checkText.privacy[finding.kind](finding.text),
    }));
  });
}
