import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { reportTemplate, uploadReportWorkbook, type UploadOutcome } from "@/lib/dal/report-excel";
import { getOrCreateReport, getReportForm, type ReportForm } from "@/lib/dal/reports";
import { columnNumber, FIRST_ITEM_ROW } from "@/lib/export/report-template";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
let wmu1: SessionUser;
let zxyy: SessionUser;
let form: ReportForm;

async function template(): Promise<ExcelJS.Workbook> {
  const { bytes } = await reportTemplate(wmu1, form.report.id);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
const bytesOf = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());
const rowOf = (wb: ExcelJS.Workbook, assignmentId: string) => {
  const sheet = wb.getWorksheet("填报")!;
  for (let r = FIRST_ITEM_ROW; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === assignmentId) return sheet.getRow(r);
  throw new Error(`no row for ${assignmentId}`);
};
const numeric = () => form.items.find((i) => i.kind !== "MILESTONE")!;
const stored = () => db.prisma.reportValue.count({ where: { reportId: form.report.id } });
const problemsOf = (o: UploadOutcome) => (o.ok ? [] : o.problems);

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  wmu1 = await actorFor(db.prisma, "wmu1");
  zxyy = await actorFor(db.prisma, "zxyy");
  const region = await db.prisma.region.findUniqueOrThrow({ where: { code: "330300" }, select: { id: true } });
  const period = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { regionId: region.id, status: "OPEN" }, select: { id: true } });
  await db.prisma.progressReport.deleteMany({ where: { periodId: period.id, hospitalId: wmu1.hospitalId } });
  form = await getOrCreateReport(wmu1, period.id);
});
afterAll(() => db?.close());

describe("the report template", () => {
  it("holds one row per target with the id column hidden, Chinese headers and an instructions row", async () => {
    const wb = await template();
    const sheet = wb.getWorksheet("填报")!;
    expect(String(sheet.getCell(1, 1).value)).toContain("说明");
    expect(sheet.getRow(2).getCell(columnNumber("value")).value).toBe("本期累计完成值");
    expect(sheet.getColumn(1).hidden).toBe(true);
    for (const item of form.items) expect(rowOf(wb, item.assignmentId).getCell(columnNumber("target")).value).toBe(item.targetCode);
    expect(wb.getWorksheet("工作进展")).toBeDefined();
    expect(await db.prisma.auditEvent.count({ where: { action: "report.export", entityId: form.report.id } })).toBeGreaterThan(0);
  });

  it("is refused to another hospital's reporter", async () => {
    await expect(reportTemplate(zxyy, form.report.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("uploading a filled template", () => {
  it("rejects malformed rows with row and column, and saves nothing", async () => {
    const wb = await template();
    const item = numeric();
    const row = rowOf(wb, item.assignmentId);
    row.getCell(columnNumber("value")).value = "三十";
    const sheet = wb.getWorksheet("填报")!;
    const extra = sheet.getRow(sheet.rowCount + 1);
    extra.getCell(1).value = "not-an-assignment";
    extra.getCell(columnNumber("value")).value = 5;
    const before = (await getReportForm(wmu1, form.report.id))!.report.version;

    const outcome = await uploadReportWorkbook(wmu1, form.report.id, await bytesOf(wb));
    expect(outcome.ok).toBe(false);
    expect(problemsOf(outcome)).toEqual(
      expect.arrayContaining([
        { row: row.number, column: "J（本期累计完成值）", message: "不是数字" },
        { row: extra.number, column: "A（编号（勿改））", message: expect.stringContaining("编号") },
      ]),
    );
    expect(await stored()).toBe(0);
    expect((await getReportForm(wmu1, form.report.id))!.report.version).toBe(before);
  });

  it("rejects a negative number and a formula cell", async () => {
    const wb = await template();
    const numbers = form.items.filter((i) => i.kind !== "MILESTONE");
    rowOf(wb, numbers[0].assignmentId).getCell(columnNumber("value")).value = -3;
    const target = numbers[1] ?? numbers[0];
    rowOf(wb, target.assignmentId).getCell(columnNumber("note")).value = { formula: "HYPERLINK(\"http://x\")", result: "x" };
    const problems = problemsOf(await uploadReportWorkbook(wmu1, form.report.id, await bytesOf(wb)));
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: rowOf(wb, numbers[0].assignmentId).number, column: "J（本期累计完成值）", message: "不能为负数" }),
      expect.objectContaining({ row: rowOf(wb, target.assignmentId).number, column: "M（备注）", message: expect.stringContaining("公式") }),
    ]));
    expect(await stored()).toBe(0);
  });

  it("rejects a workbook without the template's sheet, and a file that is not xlsx", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRow(["a", 1]);
    expect(problemsOf(await uploadReportWorkbook(wmu1, form.report.id, await bytesOf(wb)))).toEqual([{ row: null, column: null, message: expect.stringContaining("填报") }]);
    expect(problemsOf(await uploadReportWorkbook(wmu1, form.report.id, new TextEncoder().encode("=cmd|' /C calc'!A0")))[0].message).toMatch(/xlsx/);
    expect(await stored()).toBe(0);
  });

  it("round-trips: download, fill with exceljs, upload, and the values are the draft", async () => {
    const wb = await template();
    for (const item of form.items) {
      const row = rowOf(wb, item.assignmentId);
      if (item.kind === "MILESTONE") {
        row.getCell(columnNumber("milestoneDone")).value = "是";
        row.getCell(columnNumber("milestoneDate")).value = new Date(Date.UTC(2026, 8, 30));
      } else row.getCell(columnNumber("value")).value = 37.5;
    }
    rowOf(wb, form.items[0].assignmentId).getCell(columnNumber("note")).value = "=离线填写的备注";
    wb.getWorksheet("工作进展")!.getRow(2).getCell(2).value = "离线填写的进展。";
    const outcome = await uploadReportWorkbook(wmu1, form.report.id, await bytesOf(wb));
    expect(problemsOf(outcome)).toEqual([]);
    expect(outcome).toMatchObject({ ok: true, rows: form.items.length });

    const after = (await getReportForm(wmu1, form.report.id))!;
    expect(after.report.version).toBe(form.report.version + 1);
    expect(after.progress).toBe("离线填写的进展。");
    for (const item of after.items) {
      if (item.kind === "MILESTONE") expect(item.current).toMatchObject({ milestoneDone: true, milestoneDate: "2026-09-30" });
      else expect(Number(item.current.value)).toBe(37.5);
    }
    expect(after.items[0].current.note).toBe("=离线填写的备注");
    expect(await db.prisma.auditEvent.count({ where: { action: "report.save", entityId: form.report.id, outcome: "SUCCESS" } })).toBe(1);

    // The next template carries the draft back, the note escaped as text.
    const again = await template();
    expect(rowOf(again, numeric().assignmentId).getCell(columnNumber("value")).value).toBe(37.5);
    expect(rowOf(again, form.items[0].assignmentId).getCell(columnNumber("note")).value).toBe("'=离线填写的备注");
  });
});

describe("the period workbook for staff", () => {
  it("has values, narratives and completeness sheets, is scoped and audited", async () => {
    const { periodWorkbookSheets } = await import("@/lib/dal/report-workbook");
    const { buildWorkbook } = await import("@/lib/export/xlsx");
    const staff = await actorFor(db.prisma, "staff");
    const { sheets } = await periodWorkbookSheets(staff, form.report.periodId);
    expect(sheets.map((s) => s.name)).toEqual(["填报数值", "工作进展", "填报完成情况"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildWorkbook(sheets, "test")) as unknown as ArrayBuffer);
    const values = wb.getWorksheet("填报数值")!;
    const mine = values.getRows(2, values.rowCount - 1)!.filter((r) => String(r.getCell(1).value).includes("温州医科大学附属第一医院"));
    expect(mine.length).toBe(form.items.length);
    // A note that looks like a formula leaves as inert text.
    expect(mine.map((r) => r.getCell(11).value)).toContain("'=离线填写的备注");
    expect(await db.prisma.auditEvent.count({ where: { action: "report.export", entityId: form.report.periodId, outcome: "SUCCESS" } })).toBe(1);

    await expect(periodWorkbookSheets(await actorFor(db.prisma, "gz-staff"), form.report.periodId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(periodWorkbookSheets(wmu1, form.report.periodId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
