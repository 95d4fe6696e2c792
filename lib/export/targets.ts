/**
 * The target export as files: one record per target, the same columns in CSV and Excel
 * (Chinese headers) and in JSON (English keys). Pure: rows in, file contents out.
 */
import type { Comparator, TargetKind } from "../generated/prisma/enums";
import { m } from "../i18n";
import type { CellValue } from "./cell";
import { buildCsv } from "./csv";
import { CONTENT_TYPES, type ExportFormat } from "./download";
import { buildXlsx, type SheetColumn } from "./xlsx";

export const TARGET_EXPORT_FORMATS = ["xlsx", "csv", "json"] as const satisfies readonly ExportFormat[];
export type TargetExportFormat = (typeof TARGET_EXPORT_FORMATS)[number];

export interface TargetExportRow {
  code: string;
  plan: string;
  /** The county a target is scoped to, else the plan's region. */
  region: string;
  taskCode: string;
  taskTitle: string;
  metric: string;
  comparator: Comparator;
  value: number | null;
  valueHigh: number | null;
  unit: string;
  year: number;
  kind: TargetKind;
  scope: string;
  /** Lead unit(s) first, marked: "市卫健委（牵头）、温州医科大学". */
  responsibleUnits: string;
  sourceFile: string;
  sourceQuote: string;
  /** Hospitals that report on the target, "、"-separated. */
  hospitals: string;
  baselineValue: number | null;
  baselineYear: number | null;
  /** YYYY-MM-DD */
  deadlineDate: string | null;
  /** How many other places of the documents state the same commitment. */
  alsoInCount: number;
  decisionNote: string | null;
  planCode: string;
}

type Key = keyof TargetExportRow;
const header = m.targetExport.columns;

/** Column order of every format; the first sixteen are the required columns. */
const COLUMNS: readonly (SheetColumn & { key: Key })[] = [
  { key: "code", header: header.code, width: 14 },
  { key: "plan", header: header.plan, width: 30, wrap: true },
  { key: "region", header: header.region, width: 10 },
  { key: "taskCode", header: header.taskCode, width: 12 },
  { key: "taskTitle", header: header.taskTitle, width: 24, wrap: true },
  { key: "metric", header: header.metric, width: 32, wrap: true },
  { key: "comparator", header: header.comparator, width: 7 },
  { key: "value", header: header.value, width: 9 },
  { key: "valueHigh", header: header.valueHigh, width: 9 },
  { key: "unit", header: header.unit, width: 8 },
  { key: "year", header: header.year, width: 7 },
  { key: "kind", header: header.kind, width: 9 },
  { key: "scope", header: header.scope, width: 18, wrap: true },
  { key: "responsibleUnits", header: header.responsibleUnits, width: 30, wrap: true },
  { key: "sourceFile", header: header.sourceFile, width: 26 },
  { key: "sourceQuote", header: header.sourceQuote, width: 60, wrap: true },
  { key: "hospitals", header: header.hospitals, width: 24, wrap: true },
  { key: "baselineValue", header: header.baselineValue, width: 9 },
  { key: "baselineYear", header: header.baselineYear, width: 9 },
  { key: "deadlineDate", header: header.deadlineDate, width: 12 },
  { key: "alsoInCount", header: header.alsoInCount, width: 10 },
  { key: "decisionNote", header: header.decisionNote, width: 40, wrap: true },
  { key: "planCode", header: header.planCode, width: 12 },
];

export const TARGET_EXPORT_KEYS: readonly Key[] = COLUMNS.map((c) => c.key);
export const TARGET_EXPORT_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

/** "市卫健委（牵头）、温州医科大学": lead unit(s) first and marked, as the plans' 责任单位 columns do. */
export function formatResponsibleUnits(units: readonly { name: string; lead: boolean }[]): string {
  const ordered = [...units.filter((u) => u.lead), ...units.filter((u) => !u.lead)];
  return ordered.map((u) => (u.lead ? `${u.name}${m.targetExport.lead}` : u.name)).join(m.targetExport.listSeparator);
}

/** A row as people read it: comparator and kind in Chinese, empty text for nothing. */
function cells(row: TargetExportRow): CellValue[] {
  return COLUMNS.map(({ key }) => {
    if (key === "comparator") return m.targetExport.comparators[row.comparator];
    if (key === "kind") return m.targets.kinds[row.kind];
    return row[key];
  });
}

export function targetsToCsv(rows: readonly TargetExportRow[]): string {
  return buildCsv(TARGET_EXPORT_HEADERS, rows.map(cells));
}

export function targetsToXlsx(rows: readonly TargetExportRow[]): Promise<Uint8Array<ArrayBuffer>> {
  return buildXlsx(m.targetExport.sheetName, COLUMNS, rows.map(cells), m.app.name);
}

/** JSON keeps the English keys and the enum codes (GTE, COUNT) for other programs. */
export function targetsToJson(rows: readonly TargetExportRow[]): string {
  const records = rows.map((row) => Object.fromEntries(TARGET_EXPORT_KEYS.map((k) => [k, row[k]])));
  return `${JSON.stringify(records, null, 2)}\n`;
}

export interface ExportFile {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
}

export async function renderTargetExport(rows: readonly TargetExportRow[], format: TargetExportFormat): Promise<ExportFile> {
  const body = format === "xlsx" ? await targetsToXlsx(rows) : format === "csv" ? targetsToCsv(rows) : targetsToJson(rows);
  return { body, contentType: CONTENT_TYPES[format] };
}
