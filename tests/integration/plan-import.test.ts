import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { setPlanDocument } from "@/lib/dal/manage/plan-document";
import { importIntoPlan, importPlan } from "@/lib/dal/manage/plan-import";
import { createPlan } from "@/lib/dal/manage/plans";
import { createTarget } from "@/lib/dal/manage/target-create";
import { archiveUnit, restoreUnit } from "@/lib/dal/manage/units";
import { AppError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { buildPlanTemplate } from "@/lib/import/plan-template";
import { ZPlanDocument } from "@/lib/validation/plan-document";
import { ZPlanImportFields } from "@/lib/validation/plan-import";
import { ZPlanCreate } from "@/lib/validation/plans";
import { ZTargetCreate } from "@/lib/validation/target-edit";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
let staff: SessionUser;
let leader: SessionUser;
let gzStaff: SessionUser;
let wenzhouId: string;

type Row = (string | number | null | ExcelJS.CellValue)[];

/** The downloaded template, its example rows replaced by `tasks` and `targets`. */
async function workbook(tasks: Row[], targets: Row[], mutate?: (wb: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildPlanTemplate()).buffer);
  for (const [name, rows] of [["任务", tasks], ["目标", targets]] as const) {
    const ws = wb.getWorksheet(name)!;
    ws.spliceRows(2, 1);
    rows.forEach((r, index) => {
      const row = ws.getRow(index + 2);
      r.forEach((v, c) => (row.getCell(c + 1).value = v as ExcelJS.CellValue));
      row.commit();
    });
  }
  mutate?.(wb);
  const out = await wb.xlsx.writeBuffer();
  return new Uint8Array(out).buffer;
}

const fields = (over: Record<string, string> = {}) =>
  ZPlanImportFields.parse({ code: "wz-2026", title: "温州市临床专科能力提升三年行动（2026—2028年）", shortTitle: "温州2026行动", issuer: "温州市卫生健康委员会", startYear: "2026", endYear: "2028", regionId: wenzhouId, sourceFile: "", ...over });

const TASKS: Row[] = [
  ["T01", "任务1", "附件1 重点任务", "打造国家级专科", "建设国家临床重点专科", "市卫健委", "温州医科大学、市财政局", ""],
  ["T02", "任务2", "附件1 重点任务", "补齐县级短板", null, "各县（市、区）人民政府", "", ""],
];
const TARGETS: Row[] = [
  ["T01-1", "T01", "国家临床重点专科数量", "数量", "不低于", "１２", null, "个", "２０２８", 5, 2025, "全市", "新增国家临床重点专科12个", ""],
  ["T01-2", "T01", "专科能力评估", "节点任务", "等于", null, null, "", 2027, null, null, "全市", "2027年完成评估", "按期完成即可"],
  ["T02-1", "T02", "县域就诊率", "比例", "区间", 85, 90, "%", 2028, null, null, "各县", "县域就诊率达到85%—90%", ""],
];

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  staff = await actorFor(db.prisma, "staff");
  leader = await actorFor(db.prisma, "leader");
  gzStaff = await actorFor(db.prisma, "gz-staff");
  wenzhouId = (await db.prisma.region.findUniqueOrThrow({ where: { code: "330300" }, select: { id: true } })).id;
}, 120_000);
afterAll(() => db?.close());

const auditsOf = (action: string, entityId: string, outcome: "SUCCESS" | "DENIED" = "SUCCESS") => db.prisma.auditEvent.findMany({ where: { action, entityId, outcome }, orderBy: { id: "asc" } });

describe("importing a new plan from the Excel template", () => {
  it("writes the plan, sections, units, tasks and targets of a valid file, full-width digits read, and audits it", async () => {
    const result = await importPlan(staff, fields(), await workbook(TASKS, TARGETS));
    expect(result).toEqual({ ok: true, planCode: "WZ-2026", tasks: 2, targets: 3, assignments: 3 });
    const plan = await db.prisma.plan.findUniqueOrThrow({
      where: { code: "WZ-2026" },
      select: { id: true, sections: { select: { title: true } }, tasks: { orderBy: { sortOrder: "asc" }, select: { code: true, units: { orderBy: { sortOrder: "asc" }, select: { isLead: true, unit: { select: { name: true } } } } } }, targets: { orderBy: { code: "asc" }, select: { code: true, value: true, valueHigh: true, deadlineYear: true, comparator: true, kind: true } } },
    });
    expect(plan.sections.map((s) => s.title)).toEqual(["附件1 重点任务"]);
    expect(plan.tasks[0].units.map((u) => [u.unit.name, u.isLead])).toEqual([["市卫健委", true], ["温州医科大学", false], ["市财政局", false]]);
    expect(plan.targets.map((t) => [t.code, t.value?.toNumber() ?? null, t.deadlineYear, t.comparator, t.kind])).toEqual([
      ["T01-1", 12, 2028, "GTE", "COUNT"],
      ["T01-2", null, 2027, "EQ", "MILESTONE"],
      ["T02-1", 85, 2028, "RANGE", "SHARE"],
    ]);
    const events = await db.prisma.auditEvent.findMany({ where: { action: "plan.create", entityId: plan.id } });
    expect(events).toHaveLength(1);
    expect(events[0].detail).toMatchObject({ tasks: 2, targets: 3 });
  });

  it("reports every problem with sheet, row, column and reason, and writes nothing", async () => {
    const targets: Row[] = [
      TARGETS[0],
      ["T01-2", "T09", "指标", "数量", "不低于", "≥10", null, "个", "25", null, null, "全市", "引文", ""],
      ["T01-2", "T01", "", "数量级", "大约", 10, null, "个", 2028, null, null, "全市", "引文", ""],
    ];
    const before = await db.prisma.target.count();
    const result = await importPlan(staff, fields({ code: "WZ-BAD" }), await workbook(TASKS, targets));
    expect(result.ok).toBe(false);
    const lines = !result.ok ? result.problems.map((p) => `${p.sheet}:${p.row}:${p.column}:${p.reason}`) : [];
    expect(lines).toEqual(
      expect.arrayContaining([
        "目标:3:目标值:含比较符号，请将符号填入“比较方式”，此处只填数字",
        "目标:3:完成年份:不是四位年份",
        "目标:3:所属任务编码:在“任务”表中找不到该任务编码",
        "目标:4:指标名称:必填",
        "目标:4:类型:不是有效类型，请从下拉列表选择",
        "目标:4:比较方式:不是有效比较方式，请从下拉列表选择",
        "目标:4:目标编码:编码重复",
      ]),
    );
    expect(await db.prisma.plan.count({ where: { code: "WZ-BAD" } })).toBe(0);
    expect(await db.prisma.target.count()).toBe(before);
  });

  it("rejects formulas instead of evaluating them", async () => {
    const file = await workbook(TASKS, TARGETS, (wb) => {
      const ws = wb.getWorksheet("目标")!;
      ws.getCell("F2").value = { formula: "10+2", result: 12 };
      ws.getCell("C3").value = "=HYPERLINK(\"http://evil\",\"点我\")";
      const tasks = wb.getWorksheet("任务")!;
      tasks.getCell("D2").value = { formula: "UPPER(\"a\")", result: "A", shareType: "shared", ref: "D2:D3" } as ExcelJS.CellValue;
      tasks.getCell("D3").value = { sharedFormula: "D2", result: "B" } as ExcelJS.CellValue;
    });
    const result = await importPlan(staff, fields({ code: "WZ-FORMULA" }), file);
    const lines = !result.ok ? result.problems.map((p) => `${p.sheet}:${p.row}:${p.column}:${p.reason}`) : [];
    expect(lines).toEqual(expect.arrayContaining(["目标:2:目标值:不得包含公式", "目标:3:指标名称:不得包含公式", "任务:2:任务名称:不得包含公式", "任务:3:任务名称:不得包含公式"]));
    expect(await db.prisma.plan.count({ where: { code: "WZ-FORMULA" } })).toBe(0);
  });

  it("checks quotes against a bundled source document", async () => {
    const quote = (await db.prisma.target.findFirstOrThrow({ where: { sourceFile: "001_221d51d9768594f4.txt" }, select: { sourceQuote: true } })).sourceQuote;
    const targets = [TARGETS[0].map((v, i) => (i === 12 ? quote : v)), TARGETS[1]];
    const result = await importPlan(staff, fields({ code: "WZ-QUOTE", sourceFile: "001_221d51d9768594f4.txt" }), await workbook(TASKS, targets));
    expect(result.ok ? [] : result.problems.map((p) => `${p.row}:${p.column}:${p.reason}`)).toEqual(["3:原文引文:引文未在原文文件中找到"]);
  });

  it("does not link or silently restore an archived unit: the rows naming it are refused and nothing is written", async () => {
    const unit = await db.prisma.responsibleUnit.findFirstOrThrow({ where: { name: "市财政局", regionId: wenzhouId }, select: { id: true } });
    await archiveUnit(staff, unit.id);
    const result = await importPlan(staff, fields({ code: "WZ-ARCHIVED" }), await workbook(TASKS, TARGETS));
    expect(result.ok ? [] : result.problems.map((p) => `${p.sheet}:${p.row}:${p.column}:${p.reason}`)).toEqual([`任务:2:配合单位:${m.manage.units.archivedInImport("市财政局")}`]);
    expect(await db.prisma.plan.count({ where: { code: "WZ-ARCHIVED" } })).toBe(0);
    expect(await db.prisma.responsibleUnit.findUniqueOrThrow({ where: { id: unit.id }, select: { archivedAt: true } })).toMatchObject({ archivedAt: expect.any(Date) });
    await restoreUnit(staff, unit.id);
  });

  it("refuses a file that is not a workbook, a missing sheet, a duplicate plan code and a leader", async () => {
    await expect(importPlan(staff, fields({ code: "WZ-JUNK" }), new TextEncoder().encode("not excel").buffer)).rejects.toThrow();
    const noTargets = await workbook(TASKS, TARGETS, (wb) => wb.removeWorksheet(wb.getWorksheet("目标")!.id));
    const missing = await importPlan(staff, fields({ code: "WZ-MISSING" }), noTargets);
    expect(missing.ok ? [] : missing.problems.map((p) => p.reason)).toEqual(["缺少该工作表"]);
    const dup = await importPlan(staff, fields(), await workbook(TASKS, TARGETS)).catch((e: AppError & { field?: string }) => e);
    expect(dup).toMatchObject({ code: "INVALID", field: "code" });
    await expect(importPlan(leader, fields({ code: "WZ-LEADER" }), await workbook(TASKS, TARGETS))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.prisma.auditEvent.count({ where: { action: "plan.create", outcome: "DENIED" } })).toBe(1);
  });
});

describe("units, hospitals and default assignments", () => {
  const TEXT = "瓯江市临床专科能力提升行动方案\n一、到2028年，新增省级临床重点专科15个。\n二、胸痛中心全部通过国家认证。\n三、县域就诊率达到90%。\n";
  /** A target row of the template, with its 牵头单位, 配合单位 and 填报医院 cells. */
  const target = (code: string, task: string, quote: string, lead: string, co: string, hospitals: string): Row => [
    code, task, `指标${code}`, "数量", "不低于", 1, null, "个", 2028, null, null, "全市", quote, "", lead, co, hospitals,
  ];
  const tasks: Row[] = [
    ["T01", "任务1", "重点专科", "建设重点专科", null, "市卫健委", "温州医科大学", ""],
    ["T02", "任务2", "重点专科", "提升县域能力", null, "各县（市、区）人民政府", "", ""],
  ];
  let planId: string;
  const assignmentsOf = (targetId: string) =>
    db.prisma.assignment.findMany({ where: { targetId }, orderBy: { createdAt: "asc" }, select: { hospital: { select: { code: true } }, unit: { select: { name: true } } } });

  beforeAll(async () => {
    planId = await createPlan(staff, ZPlanCreate.parse({ code: "OJ-2026", title: "瓯江市临床专科能力提升行动方案", shortTitle: "瓯江行动", issuer: "温州市卫生健康委员会", startYear: "2026", endYear: "2028", regionId: wenzhouId, sourceFile: "" }));
    await setPlanDocument(staff, ZPlanDocument.parse({ planId, fileName: "瓯江行动方案.md", title: "瓯江行动方案 全文", text: TEXT, loaded: "" }));
  });

  it("reports unknown units and hospitals and quotes missing from the plan's text, row by row, and writes nothing", async () => {
    const before = { targets: await db.prisma.target.count(), units: await db.prisma.responsibleUnit.count(), assignments: await db.prisma.assignment.count() };
    const rows = [
      target("T01-1", "T01", "新增省级临床重点专科15个", "市卫健委", "市不存在局", ""),
      target("T01-2", "T01", "胸痛中心全部通过国家认证", "", "", "WZ-NOPE、温医大附一院"),
      target("T02-1", "T02", "县域就诊率达到95%", "查无此单位", "", "不存在医院"),
    ];
    const result = await importIntoPlan(staff, planId, await workbook(tasks, rows));
    expect(result.ok ? [] : result.problems.map((p) => `${p.sheet}:${p.row}:${p.column}:${p.reason}`)).toEqual([
      `目标:2:配合单位:${m.manage.import.refs.unknownUnit("市不存在局")}`,
      `目标:3:填报医院:${m.manage.import.refs.unknownHospital("WZ-NOPE")}`,
      "目标:4:原文引文:引文未在原文文件中找到",
      `目标:4:牵头单位:${m.manage.import.refs.unknownUnit("查无此单位")}`,
      `目标:4:填报医院:${m.manage.import.refs.unknownHospital("不存在医院")}`,
    ]);
    expect({ targets: await db.prisma.target.count(), units: await db.prisma.responsibleUnit.count(), assignments: await db.prisma.assignment.count() }).toEqual(before);
    expect(await db.prisma.task.count({ where: { planId } })).toBe(0);
    expect(await auditsOf("plan.import", planId)).toHaveLength(0);
  });

  it("imports into the plan: target units from the cells or the task, hospitals named, default assignments, audited", async () => {
    const rows = [
      target("T01-1", "T01", "新增省级临床重点专科15个", "", "", ""),
      target("T01-2", "T01", "胸痛中心全部通过国家认证", "", "", "WZ-WMU1、温州市中心医院"),
      target("T02-1", "T02", "县域就诊率达到90%", "市卫健委", "市财政局，各县（市、区）人民政府", ""),
    ];
    const result = await importIntoPlan(staff, planId, await workbook(tasks, rows));
    expect(result).toEqual({ ok: true, planCode: "OJ-2026", tasks: 2, targets: 3, assignments: 4 });
    const targets = await db.prisma.target.findMany({
      where: { planId }, orderBy: { code: "asc" },
      select: { id: true, code: true, sourceFile: true, units: { orderBy: { sortOrder: "asc" }, select: { isLead: true, unit: { select: { name: true } } } } },
    });
    expect(targets.map((t) => [t.code, t.sourceFile, t.units.map((u) => `${u.isLead ? "*" : ""}${u.unit.name}`)])).toEqual([
      ["T01-1", "瓯江行动方案.md", ["*市卫健委", "温州医科大学"]],
      ["T01-2", "瓯江行动方案.md", ["*市卫健委", "温州医科大学"]],
      ["T02-1", "瓯江行动方案.md", ["*市卫健委", "市财政局", "各县（市、区）人民政府"]],
    ]);
    const who = async (i: number) => (await assignmentsOf(targets[i].id)).map((a) => a.hospital?.code ?? a.unit?.name);
    expect(await who(0)).toEqual(["市卫健委"]);
    expect((await who(1)).sort()).toEqual(["WZ-WMU1", "WZ-CENTRAL"].sort());
    expect(await who(2)).toEqual(["市卫健委"]);
    const [event] = await auditsOf("plan.import", planId);
    expect(event.detail).toMatchObject({ tasks: 2, targets: 3, assignments: 4 });
  });

  it("refuses codes the plan already has, and another region's staff", async () => {
    const again = await importIntoPlan(staff, planId, await workbook(tasks.slice(0, 1), [target("T01-1", "T01", "新增省级临床重点专科15个", "", "", "")]));
    expect(again.ok ? [] : again.problems.map((p) => `${p.sheet}:${p.row}:${p.column}:${p.reason}`)).toEqual([
      "任务:2:任务编码:本规划已有该编码的任务",
      "目标:2:目标编码:本规划已有该编码的目标",
    ]);
    await expect(importIntoPlan(gzStaff, planId, await workbook(TASKS, TARGETS))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditsOf("plan.import", planId, "DENIED")).toHaveLength(1);
  });

  it("gives a target created in the form the seed's default assignments: its scope hospital, else its task's lead units", async () => {
    const task = await db.prisma.task.findFirstOrThrow({ where: { planId, code: "T02" }, select: { id: true } });
    const zxyy = await db.prisma.hospital.findUniqueOrThrow({ where: { code: "WZ-CENTRAL" }, select: { id: true } });
    const form = (code: string, scopeHospitalId: string) =>
      ZTargetCreate.parse({
        taskId: task.id, code, metric: "县域就诊率", kind: "SHARE", comparator: "GTE", value: "90", valueHigh: "", unit: "%", deadlineYear: "2028", deadlineDate: "",
        baselineValue: "", baselineYear: "", scope: "全市", scopeRegionId: "", scopeHospitalId, aggregation: "SUM", sourceFile: "瓯江行动方案.md", sourceQuote: "县域就诊率达到90%", decisionNote: "",
      });
    const byUnit = await createTarget(staff, form("T02-2", ""));
    expect((await assignmentsOf(byUnit)).map((a) => a.unit?.name)).toEqual(["各县（市、区）人民政府"]);
    const byHospital = await createTarget(staff, form("T02-3", zxyy.id));
    expect((await assignmentsOf(byHospital)).map((a) => a.hospital?.code)).toEqual(["WZ-CENTRAL"]);
  });
});
