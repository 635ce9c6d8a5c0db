/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
 * (`=`, `+`, `-`, `@`) or that they strip before doing so (tab, carriage return): the
 * OWASP list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether text opened in a spreadsheet could run as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Text made inert for spreadsheets, as OWASP recommends: a single quote in front of a cell
 * that begins like a formula, so `=HYPERLINK(…)` shows as text instead of running. Other
 * text is unchanged. The caller must quote the cell (see csvField).
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
