import ExcelJS from "exceljs";
import type { ReportForm } from "../dal/reports";
import { m } from "../i18n";
import { escapeCellText } from "./cell";

/**
 * A reporter's form as an .xlsx to fill offline (issue #5, "Excel"). Row 1 says how, row 2
 * holds the Chinese headers, one row per target follows. Column A carries the assignment id
 * the upload matches rows by: hidden and locked, like every column but the four yellow ones.
 * The sheet protection has no password: it prevents slips, the upload's checks are the rule.
 */
const x = m.reportExcel;
const h = x.headers;

export const TEMPLATE_COLUMNS = [
  { key: "id", header: h.id, width: 28 },
  { key: "plan", header: h.plan, width: 12 },
  { key: "task", header: h.task, width: 24 },
  { key: "target", header: h.target, width: 14 },
  { key: "metric", header: h.metric, width: 40 },
  { key: "targetValue", header: h.targetValue, width: 10 },
  { key: "unit", header: h.unit, width: 8 },
  { key: "lastValue", header: h.lastValue, width: 14 },
  { key: "lastQuarter", header: h.lastQuarter, width: 14 },
  { key: "value", header: h.value, width: 16, editable: true },
  { key: "milestoneDone", header: h.milestoneDone, width: 14, editable: true },
  { key: "milestoneDate", header: h.milestoneDate, width: 14, editable: true },
  { key: "note", header: h.note, width: 40, editable: true },
] as const;

export type TemplateColumnKey = (typeof TEMPLATE_COLUMNS)[number]["key"];
export const columnNumber = (key: TemplateColumnKey) => TEMPLATE_COLUMNS.findIndex((c) => c.key === key) + 1;
export const HEADER_ROW = 2;
export const FIRST_ITEM_ROW = 3;
export const NARRATIVE_ROWS = [
  { key: "progress", label: x.narrative.progress },
  { key: "problems", label: x.narrative.problems },
  { key: "nextSteps", label: x.narrative.nextSteps },
] as const;

const EDITABLE_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF7D6" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF5" } };
const text = (s: string | null | undefined) => (s ? escapeCellText(s) : null);
const num = (s: string | null | undefined) => (s === null || s === undefined || s === "" ? null : Number(s));

export async function buildReportTemplate(form: ReportForm): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = form.report.reporterName;
  const sheet = workbook.addWorksheet(x.sheetValues, { views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 4 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((c) => ({ width: c.width, style: { alignment: { vertical: "top", wrapText: true } } }));
  sheet.getColumn(1).hidden = true;

  sheet.mergeCells(1, 1, 1, TEMPLATE_COLUMNS.length);
  const intro = sheet.getCell(1, 1);
  intro.value = `${form.report.reporterName} · ${form.report.periodLabel}\n${x.instructions}`;
  intro.alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(1).height = 60;

  const header = sheet.getRow(HEADER_ROW);
  header.values = TEMPLATE_COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  TEMPLATE_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).fill = "editable" in c ? EDITABLE_FILL : HEADER_FILL;
  });

  form.items.forEach((item, index) => {
    const milestone = item.kind === "MILESTONE";
    const row = sheet.getRow(FIRST_ITEM_ROW + index);
    const last = item.lastApproved;
    row.values = [
      item.assignmentId, text(item.planCode), text(`${item.taskCode} ${item.taskTitle}`.trim()), text(item.targetCode), text(item.metric),
      num(item.shareValue ?? item.value), text(item.unit),
      milestone ? (last?.milestoneDone == null ? null : last.milestoneDone ? x.yes : x.no) : num(last?.value),
      last ? `${last.year}Q${last.quarter}` : null,
      milestone ? null : num(item.current.value),
      milestone && item.current.milestoneDone != null ? (item.current.milestoneDone ? x.yes : x.no) : null,
      item.current.milestoneDate, text(item.current.note),
    ];
    for (const key of ["value", "milestoneDone", "milestoneDate", "note"] as const) {
      const cell = row.getCell(columnNumber(key));
      cell.protection = { locked: false };
      cell.fill = EDITABLE_FILL;
      if (key === "milestoneDate" || key === "note") cell.numFmt = "@";
    }
    row.getCell(columnNumber("milestoneDone")).dataValidation = { type: "list", allowBlank: true, formulae: [`"${x.yes},${x.no}"`] };
  });
  await sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const narrative = workbook.addWorksheet(x.sheetNarrative);
  narrative.columns = [{ width: 18 }, { width: 100, style: { alignment: { wrapText: true, vertical: "top" } } }];
  narrative.getRow(1).values = [x.narrative.item, x.narrative.content];
  narrative.getRow(1).font = { bold: true };
  NARRATIVE_ROWS.forEach((n, i) => {
    const row = narrative.getRow(2 + i);
    row.values = [n.label, text(form[n.key])];
    row.height = 90;
    const cell = row.getCell(2);
    cell.protection = { locked: false };
    cell.fill = EDITABLE_FILL;
    cell.numFmt = "@";
  });
  await narrative.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
