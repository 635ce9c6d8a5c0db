import { mapCodePoint } from './characters.ts';

export const NEWLINE = 10;
export const SPACE = 32;

/** Text prepared for matching, and the way back to the file. */
export interface Normalised {
  /** Paragraphs end with "\n"; comment bodies come after the text, one paragraph each. */
  text: string;
  /** The file offset a unit of `text` came from. */
  originOf(offset: number): number;
}

/**
 * The normalised text as it is built: pieces, each either copied from the file as it is
 * (one unit for one unit) or standing for one place in the file (a decoded entity, a
 * mapped character). Runs of spaces and of line breaks are collapsed on the way.
 */
export class Output {
  private readonly parts: string[] = [];
  private readonly outStarts: number[] = [];
  private readonly sourceStarts: number[] = [];
  private readonly copied: boolean[] = [];
  private length = 0;
  /** The last unit written; a line break before anything is written. */
  last = NEWLINE;
  /** Added to every origin: where the string being read starts in the file. */
  base = 0;

  private add(text: string, origin: number, copied: boolean): void {
    this.parts.push(text);
    this.outStarts.push(this.length);
    this.sourceStarts.push(this.base + origin);
    this.copied.push(copied);
    this.length += text.length;
  }

  /** Copies `source[from, to)` unchanged; the caller has collapsed its spaces. */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.add(source.slice(from, to), from, true);
    this.last = source.charCodeAt(to - 1);
  }

  push(code: number, origin: number): void {
    const last = this.last;
    if (code === SPACE && (last === SPACE || last === NEWLINE)) return;
    if (code === NEWLINE && last === NEWLINE) return;
    this.last = code;
    // A unit for the very next source unit extends a copied piece: "0\u00a0912" stays one piece.
    const piece = this.parts.length - 1;
    if (piece >= 0 && this.copied[piece] && this.sourceStarts[piece]! + this.length - this.outStarts[piece]! === this.base + origin) {
      this.parts[piece] += String.fromCharCode(code);
      this.length++;
      return;
    }
    this.add(String.fromCharCode(code), origin, false);
  }

  /** Writes a code point as the lint reads it (ASCII for look-alikes; nothing for invisible ones). */
  pushCodePoint(codePoint: number, origin: number): void {
    const mapped = mapCodePoint(codePoint);
    if (mapped < 0) return;
    if (mapped <= 0xffff) this.push(mapped, origin);
    else {
      this.add(String.fromCodePoint(mapped), origin, false);
      this.last = mapped;
    }
  }

  result(): Normalised {
    const { outStarts, sourceStarts, copied } = this;
    return {
      text: this.parts.join(''),
      originOf(offset) {
        if (outStarts.length === 0) return 0;
        const low = lastAtOrBefore(outStarts, offset);
        return copied[low] ? sourceStarts[low]! + offset - outStarts[low]! : sourceStarts[low]!;
      },
    };
  }
}

/** Index of the last of the ascending `starts` that is at or before `offset` (0 when none is). */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Maps file offsets to 1-based file lines. */
export function lineLocator(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => lastAtOrBefore(starts, offset) + 1;
}
