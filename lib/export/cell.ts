/**
 * What a spreadsheet cell of an export may hold, and the one rule that keeps exported text
 * inert. Shared by every export (targets now, progress reports later).
 */
export type CellValue = string | number | null;

/**
 * Characters that make Excel, WPS or LibreOffice read a cell as a formula (OWASP "CSV
 * injection"): = + - @, and tab / carriage return, which some importers strip first.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Text as it may enter a cell: a leading apostrophe turns a would-be formula into text.
 * Numbers are written as numbers and never pass through here, so "-5" stays a figure.
 */
export function escapeCellText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
