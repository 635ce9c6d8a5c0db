/**
 * Precision and recall of the privacy lint on a corpus of labelled lines
 * (tests/fixtures/privacy-corpus.ts): shared by the unit test and `npm run privacy:corpus`.
 */
import type { PrivacyKind } from '../../src/content-rules/privacy/finding.ts';
import { findPrivateData } from '../../src/content-rules/rules/privacy.ts';

export interface LabelledLine {
  text: string;
  kind?: PrivacyKind;
}

export interface KindScore {
  /** Private lines of this kind. */
  lines: number;
  /** Of those, lines the lint flagged at all. */
  caught: number;
  /** Of those, lines it flagged with this kind. */
  rightKind: number;
}

export interface CorpusScore {
  /** Each line with the kinds the lint found in it. */
  results: { line: LabelledLine; found: PrivacyKind[] }[];
  byKind: Map<PrivacyKind, KindScore>;
  harmless: number;
  /** Harmless lines the lint flagged. */
  falseAlarms: number;
  precision: number;
  recall: number;
}

export const KIND_ORDER: readonly PrivacyKind[] = ['phone', 'idNumber', 'email', 'address', 'minorBirth'];

export function scoreCorpus(lines: readonly LabelledLine[], publishedYear: number): CorpusScore {
  const results = lines.map((line) => ({ line, found: findPrivateData(line.text, publishedYear).map((f) => f.kind) }));
  const byKind = new Map(KIND_ORDER.map((kind) => [kind, { lines: 0, caught: 0, rightKind: 0 }]));
  let truePositives = 0;
  let falseAlarms = 0;
  let harmless = 0;
  for (const { line, found } of results) {
    if (!line.kind) {
      harmless++;
      if (found.length > 0) falseAlarms++;
      continue;
    }
    const score = byKind.get(line.kind)!;
    score.lines++;
    if (found.length > 0) score.caught++;
    if (found.includes(line.kind)) score.rightKind++;
    if (found.length > 0) truePositives++;
  }
  const privateLines = lines.length - harmless;
  return {
    results,
    byKind,
    harmless,
    falseAlarms,
    precision: truePositives + falseAlarms === 0 ? 1 : truePositives / (truePositives + falseAlarms),
    recall: privateLines === 0 ? 1 : truePositives / privateLines,
  };
}
