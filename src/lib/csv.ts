/** A value a CSV cell can hold; empty for undefined and null. */
export type CsvValue = string | number | boolean | undefined | null;

/** Byte order mark: tells spreadsheet software the file is UTF-8, so Vietnamese opens correctly. */
export const UTF8_BOM = '\uFEFF';

/** One field per RFC 4180: quoted when it holds a comma, quote, CR or LF, with quotes doubled. */
export function csvField(value: CsvValue): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header row, then one line per row, CRLF line ends as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
