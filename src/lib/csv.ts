import { looksLikeFormula, neutraliseFormula } from './csv-formula.ts';

/** A value a CSV cell can hold; empty for undefined and null. */
export type CsvValue = string | number | boolean | undefined | null;

/** Byte order mark: tells spreadsheet software the file is UTF-8, so Vietnamese opens correctly. */
export const UTF8_BOM = '\uFEFF';

/**
 * One field per RFC 4180: quoted when it holds a comma, quote, CR or LF, with quotes doubled.
 * Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading `'` and is always quoted (OWASP, CSV injection). Numbers and booleans are not text
 * from an editor but values our code writes, so they stay as they are: `-3` is still a number
 * to a spreadsheet. (The open data has no numeric column today; years are a text list.)
 */
export function csvField(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  const formula = looksLikeFormula(value);
  const text = neutraliseFormula(value);
  return formula || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header row, then one line per row, CRLF line ends as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
