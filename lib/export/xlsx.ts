import ExcelJS from "exceljs";
import { escapeCellText, type CellValue } from "./cell";

export interface SheetColumn {
  header: string;
  /** In characters; a CJK character counts about two. */
  width: number;
  /** Long text (quotes, notes) wraps instead of running across the next columns. */
  wrap?: boolean;
}

/** Excel's "Text" number format: a text cell stays text when somebody edits it. */
const TEXT_FORMAT = "@";

/**
 * One worksheet with a bold, frozen, filterable header row. Text goes through the same
 * formula escaping as CSV and is formatted as text; numbers stay numbers so they sum.
 */
export async function buildXlsx(
  sheetName: string,
  columns: readonly SheetColumn[],
  rows: readonly (readonly CellValue[])[],
  creator: string,
): Promise<Uint8Array<ArrayBuffer>> {
  return buildWorkbook([{ name: sheetName, columns, rows }], creator);
}

export interface SheetSpec {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly CellValue[])[];
}

/** Several such worksheets in one workbook (a period's values, narratives and completeness). */
export async function buildWorkbook(sheets: readonly SheetSpec[], creator: string): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const spec of sheets) addSheet(workbook, spec);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addSheet(workbook: ExcelJS.Workbook, { name: sheetName, columns, rows }: SheetSpec): void {
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    width: c.width,
    style: { alignment: { vertical: "top", wrapText: c.wrap ?? false } },
  }));

  const header = sheet.addRow(columns.map((c) => escapeCellText(c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: "middle" };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF5" } };

  for (const values of rows) {
    // An empty text is no cell at all, as a person leaves it.
    const row = sheet.addRow(values.map((v) => (v === "" ? null : typeof v === "string" ? escapeCellText(v) : v)));
    values.forEach((v, i) => {
      if (typeof v === "string" && v !== "") row.getCell(i + 1).numFmt = TEXT_FORMAT;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}
