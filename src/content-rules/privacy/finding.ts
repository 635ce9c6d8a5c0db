/** Kinds of private data the lint looks for. */
export type PrivacyKind = 'idNumber' | 'phone' | 'email' | 'address' | 'minorBirth';

/** One match in the normalised text: [start, end) offsets into it. */
export interface Finding {
  kind: PrivacyKind;
  start: number;
  end: number;
}

/** Letters and digits of any script: what may not touch a word on either side. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The text around an offset, cut at the sentence boundary, for context rules. */
export function sentenceBefore(text: string, offset: number, length: number): string {
  const window = text.slice(Math.max(0, offset - length), offset);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf(';'), window.lastIndexOf('!'), window.lastIndexOf('?'));
  return window.slice(cut + 1).toLowerCase();
}
