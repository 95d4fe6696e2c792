import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { getOrganisationsDashboard } from "@/lib/dal/dashboard/organisations";
import { createTarget } from "@/lib/dal/manage/target-create";
import { getEditableTarget, restoreTarget } from "@/lib/dal/manage/targets";
import { setTaskUnits, taskUnitOptions } from "@/lib/dal/manage/task-units";
import { createTask, getManagedTask, listManagedTasks, setTaskArchived, updateTask } from "@/lib/dal/manage/tasks";
import { getPlanOutline } from "@/lib/dal/plans";
import { getTarget, listPlanTargets } from "@/lib/dal/targets";
import { AppError } from "@/lib/errors";
import { ZTargetCreate } from "@/lib/validation/target-edit";
import { taskUnitsSignature, ZTaskCreate, ZTaskListQuery, ZTaskUnitsSet, ZTaskUpdate } from "@/lib/validation/tasks";
import { seedDatabase } from "@/seed";
import { actorFor, addStaff } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { rejection as rejectionOf } from "../helpers/rejection";

let db: TestDatabase;
let staff: SessionUser;
let tjStaff: SessionUser;
let leader: SessionUser;
let unitReporter: SessionUser;
let planId: string;
let sectionId: string;
let taskId: string;
let units: { id: string; name: string }[];

const rejection = (promise: Promise<unknown>) => rejectionOf<AppError & { field?: string }>(promise);
const audits = (action: string, entityId: string, outcome: "SUCCESS" | "DENIED" = "SUCCESS") =>
  db.prisma.auditEvent.findMany({ where: { action, outcome, entityId }, orderBy: { id: "asc" } });
const deniedReasons = async (action: string, entityId: string) => (await audits(action, entityId, "DENIED")).map((e) => (e.detail as { reason: string }).reason).sort();

const taskForm = (over: Record<string, string> = {}) =>
  ZTaskCreate.parse({ planId, code: "T01", number: "任务1", title: "打造国家级专科", text: "", sectionId, regionId: "", sourceFile: "", sourceQuote: "", sortOrder: "", ...over });
async function editForm(over: Record<string, string> = {}) {
  const t = (await getManagedTask(staff, planId, taskId))!;
  return ZTaskUpdate.parse({
    id: taskId, updatedAt: t.updatedAt.toISOString(), code: t.code, number: t.number, title: t.title, text: t.text, sectionId: t.sectionId ?? "",
    regionId: t.regionId ?? "", sourceFile: "", sourceQuote: t.sourceQuote ?? "", sortOrder: String(t.sortOrder), ...over,
  });
}
const targetForm = (over: Record<string, string> = {}) =>
  ZTargetCreate.parse({
    taskId, code: "T01-1", metric: "国家临床重点专科数量", kind: "COUNT", comparator: "GTE", value: "１２", valueHigh: "", unit: "个", deadlineYear: "2028", deadlineDate: "",
    baselineValue: "5", baselineYear: "2025", scope: "全市", scopeRegionId: "", scopeHospitalId: "", aggregation: "SUM", sourceFile: "未收录原文",
    sourceQuote: "新增国家临床重点专科12个", decisionNote: "", ...over,
  });
const unitsForm = async (links: { unitId: string; isLead: boolean }[], loaded?: string) =>
  ZTaskUnitsSet.parse({ taskId, units: JSON.stringify(links), loaded: loaded ?? taskUnitsSignature((await getManagedTask(staff, planId, taskId))!.units) });

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  tjStaff = await addStaff(db.prisma, { username: "tj-staff", displayName: "天津业务人员", regionCode: "120000" });
  [staff, leader, unitReporter] = await Promise.all(["staff", "leader", "wjw"].map((u) => actorFor(db.prisma, u)));
  const wenzhou = await db.prisma.region.findUniqueOrThrow({ where: { code: "330300" }, select: { id: true } });
  const plan = await db.prisma.plan.create({ data: { code: "WZ-T", title: "测试规划", shortTitle: "测试", issuer: "温州市卫健委", startYear: 2026, endYear: 2028, regionId: wenzhou.id, sourceFile: "未收录原文" } });
  planId = plan.id;
  sectionId = (await db.prisma.planSection.create({ data: { planId, code: "A1", title: "附件1" } })).id;
  units = (await taskUnitOptions(staff)).filter((u) => ["市卫健委", "温州医科大学", "市财政局"].includes(u.name));
}, 120_000);
afterAll(() => db?.close());

describe("tasks", () => {
  it("creates a task with its text defaulting to the title, at the end of the plan, audited", async () => {
    taskId = await createTask(staff, taskForm());
    const task = (await getManagedTask(staff, planId, taskId))!;
    expect(task).toMatchObject({ code: "T01", text: "打造国家级专科", sortOrder: 0, sectionId, sourceFile: "未收录原文" });
    expect(await audits("task.create", taskId)).toHaveLength(1);
    expect((await getPlanOutline(staff, planId)).tasks.map((t) => t.code)).toEqual(["T01"]);
  });

  it("rejects invalid input in Chinese, a taken code, a foreign section, a county outside the plan's region and an unquotable quote", async () => {
    expect(fieldErrorsOf(ZTaskCreate.safeParse({ planId, code: "T 1", number: "", title: "", sortOrder: "第一" }).error!)).toEqual({
      code: "编码不能包含空格", number: "此项为必填项", title: "此项为必填项", sortOrder: "请填写整数，如 10",
    });
    expect((await rejection(createTask(staff, taskForm()))).field).toBe("code");
    const foreignSection = await db.prisma.planSection.findFirstOrThrow({ where: { plan: { code: "WZ-2023-80" } }, select: { id: true } });
    expect((await rejection(createTask(staff, taskForm({ code: "T02", sectionId: foreignSection.id })))).field).toBe("sectionId");
    const heping = await db.prisma.region.findFirstOrThrow({ where: { level: "COUNTY", path: { startsWith: "/100000/120000/" } }, select: { id: true } });
    expect((await rejection(createTask(staff, taskForm({ code: "T02", regionId: heping.id })))).field).toBe("regionId");
    const quote = await rejection(createTask(staff, taskForm({ code: "T02", sourceFile: "001_221d51d9768594f4.txt", sourceQuote: "原文中没有这句话" })));
    expect([quote.field, quote.message]).toEqual(["sourceQuote", "引文未在所选原文文件中找到，请逐字复制原文"]);
  });

  it("lists, searches and filters the plan's tasks by section", async () => {
    await createTask(staff, taskForm({ code: "T02", number: "任务2", title: "补齐县级短板", sectionId: "", sortOrder: "5" }));
    const list = (q: Record<string, string>) => listManagedTasks(staff, planId, ZTaskListQuery.parse(q)).then((r) => r!.rows.map((t) => t.code));
    expect(await list({})).toEqual(["T01", "T02"]);
    expect(await list({ q: "短板" })).toEqual(["T02"]);
    expect(await list({ section: "none" })).toEqual(["T02"]);
    expect(await list({ section: sectionId })).toEqual(["T01"]);
    expect(await list({ sort: "code", dir: "desc" })).toEqual(["T02", "T01"]);
    expect(await listManagedTasks(tjStaff, planId, ZTaskListQuery.parse({}))).toBeNull();
  });

  it("saves an edit, audited with its diff, and refuses a stale one", async () => {
    const first = await editForm({ title: "打造国家级临床重点专科" });
    const second = await editForm({ title: "另一人的名称" });
    await updateTask(staff, first);
    const [event] = await audits("task.update", taskId);
    expect(event.after).toEqual({ title: "打造国家级临床重点专科" });
    expect((await rejection(updateTask(staff, second))).code).toBe("CONFLICT");
  });

  it("refuses a leader and a unit reporter (403) and another region's staff (404), all audited", async () => {
    const input = await editForm({ title: "越权" });
    expect((await rejection(updateTask(leader, input))).code).toBe("FORBIDDEN");
    expect((await rejection(updateTask(unitReporter, input))).code).toBe("FORBIDDEN");
    expect((await rejection(updateTask(tjStaff, input))).code).toBe("NOT_FOUND");
    expect((await rejection(createTask(tjStaff, taskForm({ code: "TJ" })))).code).toBe("NOT_FOUND");
    expect(await deniedReasons("task.update", taskId)).toEqual(["forbidden", "forbidden", "outOfScope"]);
  });
});

describe("task units", () => {
  it("sets a lead and co-units in one audited write, in order", async () => {
    const [lead, co1, co2] = [units.find((u) => u.name === "市卫健委")!, units.find((u) => u.name === "温州医科大学")!, units.find((u) => u.name === "市财政局")!];
    await setTaskUnits(staff, await unitsForm([{ unitId: lead.id, isLead: true }, { unitId: co1.id, isLead: false }, { unitId: co2.id, isLead: false }]));
    const task = (await getManagedTask(staff, planId, taskId))!;
    expect(task.units.map((u) => [u.unit.name, u.isLead])).toEqual([["市卫健委", true], ["温州医科大学", false], ["市财政局", false]]);
    const [event] = await audits("task.unitsSet", taskId);
    expect(event.before).toEqual([]);
    expect((event.after as { name: string }[]).map((u) => u.name)).toEqual(["市卫健委", "温州医科大学", "市财政局"]);
    expect((await getPlanOutline(staff, planId)).tasks[0].units[0]).toEqual({ name: "市卫健委", isLead: true });
  });

  it("needs a lead, refuses duplicates and foreign units, and a save based on an outdated set", async () => {
    const errors = (links: unknown) => fieldErrorsOf(ZTaskUnitsSet.safeParse({ taskId, loaded: "", units: JSON.stringify(links) }).error!);
    expect(errors([{ unitId: units[0].id, isLead: false }])).toEqual({ units: "请至少指定一个牵头单位" });
    expect(errors([{ unitId: units[0].id, isLead: true }, { unitId: units[0].id, isLead: false }])).toEqual({ units: "同一单位只能出现一次" });
    const tjUnit = await db.prisma.responsibleUnit.findFirstOrThrow({ where: { region: { path: { startsWith: "/100000/120000/" } } }, select: { id: true } });
    expect((await rejection(setTaskUnits(staff, await unitsForm([{ unitId: tjUnit.id, isLead: true }])))).field).toBe("units");
    const stale = await unitsForm([{ unitId: units[0].id, isLead: true }], "");
    expect((await rejection(setTaskUnits(staff, stale))).code).toBe("CONFLICT");
    expect((await rejection(setTaskUnits(leader, stale))).code).toBe("FORBIDDEN");
    expect((await rejection(setTaskUnits(tjStaff, stale))).code).toBe("NOT_FOUND");
    expect(await deniedReasons("task.unitsSet", taskId)).toEqual(["forbidden", "outOfScope"]);
  });
});

describe("a new target on the task", () => {
  let targetId: string;

  it("creates it at version 1 with every field, naming the task's units, audited, visible on the plan and the unit dashboard", async () => {
    const gulou = await db.prisma.region.findUniqueOrThrow({ where: { code: "330302" }, select: { id: true } });
    const unitTotal = async () => (await getOrganisationsDashboard(leader)).units.find((u) => u.name === "市财政局")?.total ?? 0;
    const before = await unitTotal();
    targetId = await createTarget(staff, targetForm({ scopeRegionId: gulou.id, decisionNote: "按认定文件计数" }));
    const target = (await getEditableTarget(staff, targetId))!;
    expect(target).toMatchObject({ version: 1, value: 12, baselineValue: 5, baselineYear: 2025, scopeRegionId: gulou.id, decisionNote: "按认定文件计数", sourceQuote: "新增国家临床重点专科12个" });
    expect((await audits("target.create", targetId))[0].after).toMatchObject({ code: "T01-1", value: 12, version: 1 });
    expect((await listPlanTargets(staff, planId)).map((t) => t.code)).toEqual(["T01-1"]);
    expect((await getTarget(staff, targetId))!.units.map((u) => [u.name, u.isLead])).toEqual([["市卫健委", true], ["温州医科大学", false], ["市财政局", false]]);
    expect(await unitTotal()).toBe(before + 1);
  });

  it("refuses invalid fields in Chinese, a taken code, another region's staff and a leader", async () => {
    expect(fieldErrorsOf(ZTargetCreate.safeParse({ taskId, code: "", metric: "", kind: "COUNT", comparator: "RANGE", value: "10", valueHigh: "", deadlineYear: "28", scope: "", aggregation: "SUM", sourceFile: "x", sourceQuote: "" }).error!)).toMatchObject({
      code: "此项为必填项", metric: "此项为必填项", deadlineYear: "请填写四位年份，如 2025", scope: "此项为必填项", sourceQuote: "此项为必填项",
    });
    expect((await rejection(createTarget(staff, targetForm()))).field).toBe("code");
    expect((await rejection(createTarget(tjStaff, targetForm({ code: "TJ-1" })))).code).toBe("NOT_FOUND");
    expect((await rejection(createTarget(leader, targetForm({ code: "L-1" })))).code).toBe("FORBIDDEN");
    const tianjin = await db.prisma.region.findUniqueOrThrow({ where: { code: "120000" }, select: { id: true } });
    const tjHospital = await db.prisma.hospital.create({ data: { code: "TJ-TEST", name: "天津测试医院", kind: "GENERAL", regionId: tianjin.id }, select: { id: true } });
    expect((await rejection(createTarget(staff, targetForm({ code: "T01-2", scopeHospitalId: tjHospital.id })))).field).toBe("scopeHospitalId");
  });

  it("follows the task's new units when it had the task's old set", async () => {
    const lead = units.find((u) => u.name === "温州医科大学")!;
    await setTaskUnits(staff, await unitsForm([{ unitId: lead.id, isLead: true }]));
    expect((await getTarget(staff, targetId))!.units.map((u) => [u.name, u.isLead])).toEqual([["温州医科大学", true]]);
  });

  it("archives the task with its target and restores both; a target of an archived task cannot come back alone", async () => {
    await setTaskArchived(staff, taskId, true);
    expect(await getTarget(staff, targetId)).toBeNull();
    expect((await getPlanOutline(staff, planId)).tasks.map((t) => t.code)).toEqual(["T02"]);
    expect(await db.prisma.target.count({ where: { id: targetId } })).toBe(1);
    expect((await audits("target.archive", targetId))[0].detail).toEqual({ withTask: taskId });
    expect((await rejection(restoreTarget(staff, targetId))).code).toBe("CONFLICT");
    expect((await rejection(updateTask(staff, await editForm({ title: "已归档" })))).code).toBe("CONFLICT");
    await setTaskArchived(staff, taskId, false);
    expect((await getTarget(staff, targetId))!.code).toBe("T01-1");
    expect(await audits("task.restore", taskId)).toHaveLength(1);
  });

  it("restores a target archived on its own, audited, and refuses other regions", async () => {
    await db.prisma.target.update({ where: { id: targetId }, data: { archivedAt: new Date() } });
    expect((await rejection(restoreTarget(tjStaff, targetId))).code).toBe("NOT_FOUND");
    await restoreTarget(staff, targetId);
    expect(await getTarget(staff, targetId)).not.toBeNull();
    expect(await audits("target.restore", targetId)).toHaveLength(2);
  });
});
