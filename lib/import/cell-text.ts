import type ExcelJS from "exceljs";

/**
 * What one spreadsheet cell holds, as the importer reads it. A formula is never evaluated
 * (its cached result could be anything the sender's Excel computed): it is reported as such.
 */
export type CellReading = { kind: "empty" } | { kind: "text"; text: string } | { kind: "number"; value: number } | { kind: "formula" };

export function readCell(value: ExcelJS.CellValue): CellReading {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string") return value.trim() === "" ? { kind: "empty" } : { kind: "text", text: value.trim() };
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { kind: "text", text: value.toISOString().slice(0, 10) };
  if ("formula" in value || "sharedFormula" in value) return { kind: "formula" };
  if ("richText" in value) return readCell(value.richText.map((r) => r.text).join(""));
  if ("text" in value && typeof value.text === "string") return readCell(value.text);
  // An error value (#N/A …) is nothing a person typed.
  return { kind: "formula" };
}
