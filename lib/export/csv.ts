import { escapeCellText, type CellValue } from "./cell";

/**
 * CSV that Excel and WPS open correctly by double-click: UTF-8 with a byte-order mark (without
 * it Excel reads Chinese as GBK mojibake), CRLF line ends and RFC 4180 quoting.
 */
const BOM = "\uFEFF";
const CRLF = "\r\n";

/** One field: text escaped against formulas, then quoted when it holds , " CR or LF. */
export function csvField(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = escapeCellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(headers: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const lines = [headers, ...rows].map((cells) => cells.map(csvField).join(","));
  return BOM + lines.join(CRLF) + CRLF;
}
