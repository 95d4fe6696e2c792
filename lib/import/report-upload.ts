import ExcelJS from "exceljs";
import type { ReportForm } from "../dal/reports";
import { parseReportNumber } from "../domain/report-values";
import { looksLikeFormula } from "../export/cell";
import { columnNumber, FIRST_ITEM_ROW, HEADER_ROW, NARRATIVE_ROWS, TEMPLATE_COLUMNS, type TemplateColumnKey } from "../export/report-template";
import { m } from "../i18n";
import { TEXT_LIMITS, type TReportSave, type TReportValueInput } from "../validation/reports";

/**
 * Reads a filled-in template back (issue #5, "Excel"): every row is checked and every problem
 * is reported with its row, column and reason; the caller saves only an upload with none.
 */
const x = m.reportExcel;
const e = x.errors;

export interface UploadProblem {
  /** 1-based, as Excel shows it; null for the whole file. */
  row: number | null;
  /** The column's Chinese header (and letter), or null. */
  column: string | null;
  message: string;
}

export type ParsedUpload = { ok: true; save: TReportSave; rows: Map<string, number> } | { ok: false; problems: UploadProblem[] };

const letter = (n: number) => String.fromCharCode(64 + n);
export const columnLabel = (key: TemplateColumnKey) => `${letter(columnNumber(key))}（${TEMPLATE_COLUMNS[columnNumber(key) - 1].header}）`;

type Read = { ok: true; value: string | number | boolean | Date | null } | { ok: false };

/** A cell's plain content; formulas (and anything that is not a plain value) are refused. */
function read(cell: ExcelJS.Cell): Read {
  const v = cell.value;
  if (v === null || v === undefined) return { ok: true, value: null };
  if (typeof v === "string") return { ok: true, value: v.trim() === "" ? null : v };
  if (typeof v === "number" || typeof v === "boolean" || v instanceof Date) return { ok: true, value: v };
  if (typeof v === "object" && "richText" in v) return { ok: true, value: v.richText.map((r) => r.text).join("") };
  return { ok: false };
}

/** Undoes the export's apostrophe escape of text that looks like a formula. */
const unescape = (s: string) => (s.startsWith("'") && looksLikeFormula(s.slice(1)) ? s.slice(1) : s);

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A date typed into a text-formatted cell arrives as Excel's day number (1900 system). */
function serialDay(n: number): string {
  return n > 20000 && n < 80000 ? isoDay(new Date(Math.round((n - 25569) * 86400000))) : String(n);
}

export async function parseReportUpload(bytes: Uint8Array, form: ReportForm): Promise<ParsedUpload> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problems: [{ row: null, column: null, message: e.notXlsx }] };
  }
  const sheet = workbook.getWorksheet(x.sheetValues);
  if (!sheet) return { ok: false, problems: [{ row: null, column: null, message: e.noSheet(x.sheetValues) }] };
  const header = sheet.getRow(HEADER_ROW);
  if (TEMPLATE_COLUMNS.some((c, i) => String(header.getCell(i + 1).value ?? "").trim() !== c.header)) {
    return { ok: false, problems: [{ row: HEADER_ROW, column: null, message: e.headerChanged }] };
  }

  const problems: UploadProblem[] = [];
  const items = new Map(form.items.map((i) => [i.assignmentId, i]));
  const rows = new Map<string, number>();
  const values: TReportValueInput[] = [];
  const problem = (row: number, key: TemplateColumnKey | null, message: string) => problems.push({ row, column: key ? columnLabel(key) : null, message });

  for (let r = FIRST_ITEM_ROW; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = Object.fromEntries(TEMPLATE_COLUMNS.map((c) => [c.key, read(row.getCell(columnNumber(c.key)))])) as Record<TemplateColumnKey, Read>;
    if (TEMPLATE_COLUMNS.every((c) => cells[c.key].ok && (cells[c.key] as { value: unknown }).value === null)) continue;
    const id = cells.id.ok ? String(cells.id.value ?? "").trim() : "";
    const item = items.get(id);
    if (!item) {
      problem(r, "id", e.unknownRow);
      continue;
    }
    if (rows.has(id)) {
      problem(r, "id", e.duplicateRow);
      continue;
    }
    rows.set(id, r);
    const entry: TReportValueInput = { assignmentId: id };
    for (const key of ["value", "milestoneDone", "milestoneDate", "note"] as const) {
      const cell = cells[key];
      if (!cell.ok) {
        problem(r, key, e.formula);
        continue;
      }
      const v = cell.value;
      if (key === "value" && item.kind !== "MILESTONE") {
        const raw = v === null ? null : typeof v === "number" ? String(Number(v.toFixed(4))) : String(v).trim();
        const n = parseReportNumber(raw);
        if (typeof v === "string" && looksLikeFormula(v) && Number.isNaN(n)) problem(r, key, e.formula);
        else if (Number.isNaN(n)) problem(r, key, e.notNumber);
        else if (n !== null && n < 0) problem(r, key, e.negative);
        else entry.value = raw;
      } else if (key === "milestoneDone" && item.kind === "MILESTONE") {
        if (v === null) entry.milestoneDone = null;
        else if (v === true || v === x.yes) entry.milestoneDone = true;
        else if (v === false || v === x.no) entry.milestoneDone = false;
        else problem(r, key, e.yesNo);
      } else if (key === "milestoneDate" && item.kind === "MILESTONE") {
        const day = v instanceof Date ? isoDay(v) : typeof v === "number" ? serialDay(v) : v === null ? null : String(v).trim();
        if (day !== null && !/^\d{4}-\d{2}-\d{2}$/.test(day)) problem(r, key, e.badDate);
        else entry.milestoneDate = day;
      } else if (key === "note") {
        const note = v === null ? null : unescape(String(v));
        if (note !== null && note.length > TEXT_LIMITS.note) problem(r, key, e.tooLong(TEXT_LIMITS.note));
        else entry.note = note;
      }
    }
    values.push(entry);
  }

  const narrative = { progress: form.progress, problems: form.problems, nextSteps: form.nextSteps };
  const texts = workbook.getWorksheet(x.sheetNarrative);
  if (texts) {
    NARRATIVE_ROWS.forEach((n, i) => {
      const r = 2 + i;
      const cell = read(texts.getRow(r).getCell(2));
      const column = `B（${x.narrative.content}）`;
      if (!cell.ok) problems.push({ row: r, column: `${x.sheetNarrative}!${column}`, message: e.formula });
      else {
        const value = cell.value === null ? "" : unescape(String(cell.value));
        if (value.length > TEXT_LIMITS.narrative) problems.push({ row: r, column: `${x.sheetNarrative}!${column}`, message: e.tooLong(TEXT_LIMITS.narrative) });
        else narrative[n.key] = value;
      }
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rows, save: { reportId: form.report.id, version: form.report.version, values, ...narrative } };
}
