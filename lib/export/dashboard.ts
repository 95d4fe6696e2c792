/**
 * The plan dashboard's table as an Excel file: the rows as shown, under Chinese headers. Pure:
 * judged rows in, bytes out (lib/export/xlsx.ts escapes every text cell).
 */
import type { JudgedTarget } from "../dal/dashboard/judged-targets";
import { formatTargetValue } from "../domain/target-value";
import { formatQuarter, m } from "../i18n";
import type { CellValue } from "./cell";
import { buildXlsx, type SheetColumn } from "./xlsx";

const c = m.dashboard.columns;

const COLUMNS: readonly (SheetColumn & { value: (t: JudgedTarget) => CellValue })[] = [
  { header: c.plan, width: 14, value: (t) => t.plan.shortTitle },
  { header: "编号", width: 14, value: (t) => t.code },
  { header: c.target, width: 40, wrap: true, value: (t) => t.metric },
  { header: c.targetValue, width: 14, value: (t) => formatTargetValue(t) },
  { header: c.task, width: 30, wrap: true, value: (t) => `${t.task.number} ${t.task.title}` },
  { header: c.lead, width: 16, value: (t) => t.leadUnits.join("、") },
  { header: c.status, width: 10, value: (t) => m.progressStatus.labels[t.status] },
  { header: `${c.achievement}（%）`, width: 10, value: (t) => (t.progress === null ? null : Math.round(t.progress * 1000) / 10) },
  { header: `${c.expected}（%）`, width: 10, value: (t) => (t.expected === null ? null : Math.round(t.expected * 1000) / 10) },
  { header: c.latest, width: 12, value: (t) => t.latest?.value ?? (t.latest?.milestoneDone === null || !t.latest ? null : t.latest.milestoneDone ? m.dashboard.progress.done : m.dashboard.progress.notDone) },
  { header: c.quarter, width: 14, value: (t) => (t.latest ? formatQuarter(t.latest.year, t.latest.quarter) : null) },
  { header: c.deadline, width: 12, value: (t) => t.deadline },
  { header: c.reports, width: 8, value: (t) => t.reportCount },
];

export function dashboardRowsToXlsx(rows: readonly JudgedTarget[]): Promise<Uint8Array<ArrayBuffer>> {
  return buildXlsx(m.dashboard.exportSheet, COLUMNS, rows.map((t) => COLUMNS.map((col) => col.value(t))), m.app.name);
}
