import { checkText } from '../../i18n/check.ts';
import type { Problem } from '../problem.ts';
import { findEmails } from '../privacy/emails.ts';
import type { Finding, PrivacyKind } from '../privacy/finding.ts';
import { normaliseSnippet, normaliseStory } from '../privacy/normalise.ts';
import { lineLocator } from '../privacy/output.ts';
import { findNumbers } from '../privacy/numbers.ts';
import { findAddresses, findMinorBirths } from '../privacy/words.ts';

/**
 * What authors once wrote on a line to have it skipped. Anyone could write it, so it
 * approves nothing now; a flagged line that carries it says so.
 */
export const OLD_EXCEPTION_MARKER = 'rieng-tu-da-duyet:';

/** Private data found in a story file. */
export interface PrivacyFinding {
  kind: PrivacyKind;
  /** The normalised text, as messages quote it and approvals name it. */
  text: string;
  /** 1-based line of the file where the text starts. */
  line: number;
}

/** The form in which approved texts and found texts are compared. */
export function approvalKey(text: string): string {
  return normaliseSnippet(text).toLowerCase();
}

/** Keeps the first of overlapping findings of one kind (sorted by start, longest first). */
function distinct(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const lastEnd = new Map<PrivacyKind, number>();
  return findings.filter((f) => {
    if (f.start < (lastEnd.get(f.kind) ?? -1)) return false;
    lastEnd.set(f.kind, f.end);
    return true;
  });
}

/**
 * Stretches of paragraphs that hold a digit: every address and birth pattern needs one,
 * and about half of a story has none, so the word patterns skip it.
 */
function withDigits(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    if (/\d/.test(text.slice(start, end))) {
      const previous = ranges.at(-1);
      if (previous && previous[1] === start) previous[1] = end;
      else ranges.push([start, end]);
    }
    start = end;
  }
  return ranges;
}

/** Runs a scanner on each range (and its lowercase) and moves its findings to offsets of the whole text. */
function inRanges(text: string, ranges: [number, number][], scan: (part: string, lower: string) => Finding[]): Finding[] {
  return ranges.flatMap(([start, end]) => {
    const part = text.slice(start, end);
    return scan(part, lowercase(part)).map((f) => ({ ...f, start: f.start + start, end: f.end + start }));
  });
}

/** The text lowercased, offset for offset: İ is the one letter whose lowercase is longer. */
const lowercase = (text: string) => text.replace(/\u0130/g, 'i').toLowerCase();

/**
 * Finds what looks like private data of real people in a story file, frontmatter and
 * body alike (comments too: the repository is public): citizen ID numbers, phone
 * numbers, e-mail addresses, house-number addresses and birth dates of minors.
 */
export function findPrivateData(source: string, publishedYear: number | undefined): PrivacyFinding[] {
  const { text, originOf } = normaliseStory(source);
  const findings = distinct([
    ...findNumbers(text),
    ...findEmails(text),
    ...inRanges(text, withDigits(text), (part, lower) => [
      ...findAddresses(part, lower),
      ...findMinorBirths(lower, publishedYear),
    ]),
  ]);
  if (findings.length === 0) return [];
  const lineOf = lineLocator(source);
  return findings.map((f) => ({
    kind: f.kind,
    text: text.slice(f.start, f.end).replace(/\s+/g, ' ').trim(),
    line: lineOf(originOf(f.start)),
  }));
}

/**
 * Reports private data in a story file, except texts the editorial board approved for
 * this story (`approved`, from data/rieng-tu-da-duyet.yaml, as `approvalKey` gives them).
 */
export function checkPrivacy(
  source: string,
  file: string,
  publishedYear: number | undefined,
  approved: ReadonlySet<string> = new Set(),
): Problem[] {
  const findings = findPrivateData(source, publishedYear).filter((f) => !approved.has(approvalKey(f.text)));
  if (findings.length === 0) return [];
  // Each line is searched once, however many findings it holds.
  const marked = new Set<number>();
  source.split('\n').forEach((line, index) => line.includes(OLD_EXCEPTION_MARKER) && marked.add(index + 1));
  return findings.map((f) => {
    const message = checkText.privacy[f.kind](f.text);
    return { file, line: f.line, message: marked.has(f.line) ? `${message} ${checkText.privacy.markerIgnored}` : message };
  });
}
