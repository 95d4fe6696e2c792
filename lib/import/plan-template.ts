import ExcelJS from "exceljs";
import { Comparator, TargetKind } from "../generated/prisma/enums";
import { escapeCellText } from "../export/cell";
import { m } from "../i18n";
import { COMPARATOR_WORDS, KIND_WORDS, TARGET_COLUMNS, TASK_COLUMNS, TEMPLATE_ROWS } from "./plan-sheets";

const i = m.manage.import;
const TEXT_FORMAT = "@";

/**
 * The workbook staff fill in: an instructions sheet, then 任务 and 目标 with bold frozen
 * headers, text-formatted columns (so codes like 01 stay as typed) and drop-down lists for
 * 类型 and 比较方式. One example row on each sheet shows the shape.
 */
export async function buildPlanTemplate(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = m.app.name;

  const guide = workbook.addWorksheet(i.sheets.guide);
  guide.columns = [{ width: 110 }];
  guide.addRow([i.title]).font = { bold: true, size: 14 };
  for (const line of i.guide) guide.addRow([escapeCellText(line)]);

  const tasks = sheet(workbook, i.sheets.tasks, TASK_COLUMNS);
  tasks.addRow(["T01", "任务1", "附件1 重点任务", "规划专科发展布局", "按照“一核多点”布局……", "市卫健委", "各县（市、区）人民政府", ""]);

  const targets = sheet(workbook, i.sheets.targets, TARGET_COLUMNS);
  targets.addRow(["T01-1", "T01", "国家临床重点专科数量", KIND_WORDS.COUNT, COMPARATOR_WORDS.GTE, 10, null, "个", 2027, 5, 2024, "全市", "到2027年，新增国家临床重点专科10个以上", "", "市卫健委", "", ""]);

  const kindColumn = TARGET_COLUMNS.findIndex((c) => c.key === "kind") + 1;
  const comparatorColumn = TARGET_COLUMNS.findIndex((c) => c.key === "comparator") + 1;
  const kindList = `"${Object.values(TargetKind).map((k) => KIND_WORDS[k]).join(",")}"`;
  const comparatorList = `"${Object.values(Comparator).map((c) => COMPARATOR_WORDS[c]).join(",")}"`;
  for (let row = 2; row <= TEMPLATE_ROWS; row++) {
    targets.getCell(row, kindColumn).dataValidation = list(kindList, i.targetColumns.kind, i.reasons.badKind);
    targets.getCell(row, comparatorColumn).dataValidation = list(comparatorList, i.targetColumns.comparator, i.reasons.badComparator);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function sheet(workbook: ExcelJS.Workbook, name: string, columns: readonly { header: string; width: number; required: boolean }[]) {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ width: c.width, style: { numFmt: TEXT_FORMAT, alignment: { vertical: "top", wrapText: true } } }));
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  columns.forEach((c, index) => {
    // Required columns are tinted, the rest plain: the instructions sheet says which is which.
    header.getCell(index + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: c.required ? "FFFDE8C8" : "FFE8EEF5" } };
  });
  return ws;
}

const list = (formula: string, title: string, error: string): ExcelJS.DataValidation => ({
  type: "list",
  allowBlank: true,
  formulae: [formula],
  showErrorMessage: true,
  errorTitle: title,
  error,
});
