import ExcelJS from "exceljs";
import { normalizeFullWidth, readFigure, readYear } from "../domain/figure-input";
import { looksLikeFormula } from "../export/cell";
import type { Comparator, TargetKind } from "../generated/prisma/enums";
import { m } from "../i18n";
import { readCell } from "./cell-text";
import { readComparator, readKind, splitNames, TARGET_COLUMNS, TASK_COLUMNS } from "./plan-sheets";

const i = m.manage.import;
type Reason = keyof typeof i.reasons;

export interface ImportProblem {
  sheet: string;
  /** The row as Excel numbers it (the header is row 1). */
  row: number;
  column: string;
  reason: string;
}
export interface ImportedTask {
  row: number; code: string; number: string | null; section: string | null; title: string; text: string | null;
  leadUnits: string[]; coUnits: string[]; sourceQuote: string | null;
}
export interface ImportedTarget {
  row: number; code: string; taskCode: string; metric: string; kind: TargetKind; comparator: Comparator;
  value: number | null; valueHigh: number | null; unit: string; deadlineYear: number;
  baselineValue: number | null; baselineYear: number | null; scope: string; sourceQuote: string; decisionNote: string | null;
  /** Names as written; empty means the task's (lead / co-) units. Resolved against the database by lib/dal/manage/plan-import-refs.ts. */
  leadUnits: string[]; coUnits: string[];
  /** Hospital codes or names of the 填报医院 column, if any. */
  hospitals: string[];
}
/** The rows come back with the problems too, so the checks only the database can make run on them as well and staff see every problem at once. */
export type ParsedPlanWorkbook = { tasks: ImportedTask[]; targets: ImportedTarget[]; problems: ImportProblem[] };

export class UnreadableWorkbook extends Error {}

const MAX_PROBLEMS = 200;

/** The problems by sheet and row, as many as a page can list. */
export const sortProblems = (problems: ImportProblem[]) => [...problems].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row).slice(0, MAX_PROBLEMS);
type Column = { key: string; header: string; required: boolean };

/**
 * Reads and checks every row of an uploaded plan workbook without touching the database. The
 * rows come back with every problem found, each with its sheet, row, column and reason: the
 * caller writes nothing unless there is none (issue #7).
 * `sourceText` is the plan's text (bundled or entered) when it has one: quotes must stand in it verbatim.
 */
export async function parsePlanWorkbook(bytes: ArrayBuffer, sourceText: string | null): Promise<ParsedPlanWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new UnreadableWorkbook();
  }
  const problems: ImportProblem[] = [];
  const tasks = readSheet(workbook, i.sheets.tasks, TASK_COLUMNS, problems, (r) => ({
    row: r.row, code: r.code(("code")), number: r.text("number", 20), section: r.text("section", 100), title: r.required("title", 200),
    text: r.text("text", 4000), leadUnits: splitNames(r.text("units", 500) ?? ""), coUnits: splitNames(r.text("coUnits", 500) ?? ""), sourceQuote: r.text("sourceQuote", 4000),
  }));
  const targets = readSheet(workbook, i.sheets.targets, TARGET_COLUMNS, problems, (r) => ({
    row: r.row, code: r.code("code"), taskCode: r.code("taskCode"), metric: r.required("metric", 200),
    kind: r.choice("kind", readKind, "badKind") as TargetKind, comparator: r.choice("comparator", readComparator, "badComparator") as Comparator,
    value: r.figure("value"), valueHigh: r.figure("valueHigh"), unit: r.text("unit", 20) ?? "", deadlineYear: r.year("deadlineYear", true) as number,
    baselineValue: r.figure("baselineValue"), baselineYear: r.year("baselineYear", false), scope: r.required("scope", 100),
    sourceQuote: r.required("sourceQuote", 4000), decisionNote: r.text("decisionNote", 2000),
    leadUnits: splitNames(r.text("leadUnits", 500) ?? ""), coUnits: splitNames(r.text("coUnits", 500) ?? ""), hospitals: splitNames(r.text("hospitals", 1000) ?? ""),
  }));
  const header = (columns: readonly Column[], key: string) => columns.find((c) => c.key === key)!.header;
  const add = (sheet: string, row: number, columns: readonly Column[], key: string, reason: Reason) => problems.push({ sheet, row, column: header(columns, key), reason: i.reasons[reason] });

  const taskCodes = new Set<string>();
  for (const t of tasks) {
    if (!t.code) continue;
    if (taskCodes.has(t.code)) add(i.sheets.tasks, t.row, TASK_COLUMNS, "code", "duplicate");
    taskCodes.add(t.code);
    if (sourceText !== null && t.sourceQuote && !sourceText.includes(t.sourceQuote)) add(i.sheets.tasks, t.row, TASK_COLUMNS, "sourceQuote", "quoteNotFound");
  }
  const targetCodes = new Set<string>();
  for (const t of targets) {
    const at = (key: string, reason: Reason) => add(i.sheets.targets, t.row, TARGET_COLUMNS, key, reason);
    if (t.code && targetCodes.has(t.code)) at("code", "duplicate");
    if (t.code) targetCodes.add(t.code);
    if (t.taskCode && !taskCodes.has(t.taskCode)) at("taskCode", "unknownTask");
    if (t.kind === "MILESTONE" && t.value !== null) at("value", "valueForbidden");
    if (t.kind && t.kind !== "MILESTONE" && t.value === null && !problems.some((p) => p.row === t.row && p.sheet === i.sheets.targets && p.column === header(TARGET_COLUMNS, "value"))) at("value", "required");
    if (t.comparator === "RANGE" && (t.valueHigh === null || (t.value !== null && t.valueHigh < t.value))) at("valueHigh", "valueHighRequired");
    if (sourceText !== null && t.sourceQuote && !sourceText.includes(t.sourceQuote)) at("sourceQuote", "quoteNotFound");
  }
  return { tasks, targets, problems };
}

interface RowReader {
  row: number;
  code(key: string): string;
  text(key: string, max: number): string | null;
  required(key: string, max: number): string;
  figure(key: string): number | null;
  year(key: string, required: boolean): number | null;
  choice<T>(key: string, read: (text: string) => T | null, reason: Reason): T | null;
}

/** Checks the header, then hands each non-empty data row to `build` through a reader that records problems. */
function readSheet<T>(workbook: ExcelJS.Workbook, name: string, columns: readonly Column[], problems: ImportProblem[], build: (r: RowReader) => T): T[] {
  const ws = workbook.getWorksheet(name);
  if (!ws) {
    problems.push({ sheet: name, row: 1, column: "—", reason: i.reasons.missingSheet });
    return [];
  }
  const headerRow = ws.getRow(1);
  const badHeader = columns.filter((c, index) => {
    const cell = readCell(headerRow.getCell(index + 1).value);
    return cell.kind !== "text" || cell.text.replace(/[*＊\s]/g, "") !== c.header;
  });
  for (const c of badHeader) problems.push({ sheet: name, row: 1, column: c.header, reason: i.reasons.badHeader });
  if (badHeader.length > 0) return [];

  const out: T[] = [];
  for (let rowNumber = 2; rowNumber <= ws.rowCount; rowNumber++) {
    const row = ws.getRow(rowNumber);
    const cells = columns.map((_, index) => readCell(row.getCell(index + 1).value));
    if (cells.every((c) => c.kind === "empty")) continue;
    const cellOf = (key: string) => cells[columns.findIndex((c) => c.key === key)];
    const fail = (key: string, reason: Reason) => {
      problems.push({ sheet: name, row: rowNumber, column: columns.find((c) => c.key === key)!.header, reason: i.reasons[reason] });
      return null;
    };
    const text = (key: string, max: number): string | null => {
      const cell = cellOf(key);
      if (cell.kind === "formula") return fail(key, "formula");
      if (cell.kind === "empty") return null;
      const value = cell.kind === "number" ? String(cell.value) : cell.text;
      if (looksLikeFormula(value)) return fail(key, "formula");
      return value.length > max ? fail(key, "tooLong") : value;
    };
    const required = (key: string, max: number) => {
      const cell = cellOf(key);
      if (cell.kind === "empty") return fail(key, "required") ?? "";
      return text(key, max) ?? "";
    };
    const numeric = (key: string): { ok: true; raw: string | number | null } | { ok: false } => {
      const cell = cellOf(key);
      if (cell.kind === "formula" || (cell.kind === "text" && /^[=@]/.test(cell.text))) return fail(key, "formula") ?? { ok: false };
      return { ok: true, raw: cell.kind === "empty" ? null : cell.kind === "number" ? cell.value : cell.text };
    };
    out.push(
      build({
        row: rowNumber,
        code: (key) => normalizeFullWidth(required(key, 32)).replace(/\s+/g, ""),
        text,
        required,
        figure: (key) => {
          const n = numeric(key);
          if (!n.ok) return null;
          const r = readFigure(n.raw);
          return r.ok ? r.value : fail(key, r.reason);
        },
        year: (key, isRequired) => {
          const n = numeric(key);
          if (!n.ok) return null;
          const r = readYear(n.raw);
          if (!r.ok) return fail(key, "notYear");
          return r.value === null && isRequired ? fail(key, "required") : r.value;
        },
        choice: (key, read, reason) => {
          const value = required(key, 20);
          if (!value) return null;
          return read(normalizeFullWidth(value)) ?? fail(key, reason);
        },
      }),
    );
  }
  if (out.length === 0) problems.push({ sheet: name, row: 2, column: "—", reason: i.reasons.noRows });
  return out;
}
