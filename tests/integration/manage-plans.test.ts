import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { canManagePlan } from "@/lib/auth/plan-access";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDashboardOverview } from "@/lib/dal/dashboard/overview";
import { createPlan, getManagedPlan, listManagedPlans, setPlanArchived, updatePlan } from "@/lib/dal/manage/plans";
import { createSection, listPlanSections, setSectionArchived, updateSection } from "@/lib/dal/manage/sections";
import { getPlanByCode, getPlanOutline, listPlanSummaries } from "@/lib/dal/plans";
import { AppError } from "@/lib/errors";
import { ZPlanCreate, ZPlanListQuery, ZPlanUpdate } from "@/lib/validation/plans";
import { ZSectionCreate, ZSectionUpdate } from "@/lib/validation/sections";
import { seedDatabase } from "@/seed";
import { actorFor, addStaff } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { rejection as rejectionOf } from "../helpers/rejection";

let db: TestDatabase;
let staff: SessionUser;
let countyStaff: SessionUser;
let gzStaff: SessionUser;
let leader: SessionUser;
let reporter: SessionUser;
let wenzhouId: string;
let planId: string;

const rejection = (promise: Promise<unknown>) => rejectionOf<AppError & { field?: string }>(promise);
const audits = (action: string, entityId: string, outcome: "SUCCESS" | "DENIED" = "SUCCESS") =>
  db.prisma.auditEvent.findMany({ where: { action, outcome, entityId }, orderBy: { id: "asc" } });
const deniedReasons = async (action: string, entityId: string) => (await audits(action, entityId, "DENIED")).map((e) => (e.detail as { reason: string }).reason).sort();

const planForm = (over: Record<string, string> = {}) => ({
  code: "wz-2026", title: "温州市临床专科能力提升三年行动（2026—2028年）", shortTitle: "温州2026行动", documentNumber: "温卫发〔2026〕1号",
  issuer: "温州市卫生健康委员会", issuedOn: "2026-01-15", startYear: "2026", endYear: "2028", regionId: wenzhouId, sourceFile: "", ...over,
});
/** The edit form as the browser submits it for the stored plan, with some fields changed. */
async function editForm(id: string, over: Record<string, string> = {}) {
  const p = (await getManagedPlan(staff, id))!;
  return ZPlanUpdate.parse({
    id, updatedAt: p.updatedAt.toISOString(), title: p.title, shortTitle: p.shortTitle, documentNumber: p.documentNumber ?? "", issuer: p.issuer,
    issuedOn: p.issuedOn?.toISOString().slice(0, 10) ?? "", startYear: String(p.startYear), endYear: String(p.endYear), regionId: p.regionId, sourceFile: "", ...over,
  });
}

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  countyStaff = await addStaff(db.prisma, { username: "lc-staff", displayName: "鹿城区业务人员", regionCode: "330302" });
  [staff, gzStaff, leader, reporter] = await Promise.all(["staff", "gz-staff", "leader", "wmu1"].map((u) => actorFor(db.prisma, u)));
  wenzhouId = (await db.prisma.region.findUniqueOrThrow({ where: { code: "330300" }, select: { id: true } })).id;
}, 120_000);
afterAll(() => db?.close());

describe("plans", () => {
  it("creates a plan with every field, audited, and shows it on /plans", async () => {
    planId = await createPlan(staff, ZPlanCreate.parse(planForm()));
    const plan = (await getManagedPlan(staff, planId))!;
    expect(plan).toMatchObject({ code: "WZ-2026", documentNumber: "温卫发〔2026〕1号", startYear: 2026, endYear: 2028, sourceFile: "未收录原文", archivedAt: null });
    expect(plan.issuedOn?.toISOString().slice(0, 10)).toBe("2026-01-15");
    const [event] = await audits("plan.create", planId);
    expect(event.after).toMatchObject({ code: "WZ-2026", issuedOn: "2026-01-15", sourceFile: "未收录原文" });
    expect((await listPlanSummaries(staff)).map((p) => p.code)).toContain("WZ-2026");
  });

  it("rejects invalid input field by field in Chinese, and a taken code next to its field", async () => {
    const errors = (over: Record<string, string>) => fieldErrorsOf(ZPlanCreate.safeParse(planForm(over)).error!);
    expect(errors({ code: "", title: "", issuedOn: "2026-02-30", sourceFile: "../etc/passwd" })).toEqual({
      code: "此项为必填项", title: "此项为必填项", issuedOn: "请填写日期，如 2025-12-31", sourceFile: "请从列表中选择",
    });
    expect(errors({ startYear: "2028", endYear: "2026" })).toEqual({ endYear: "截止年份不能早于起始年份" });
    const taken = await rejection(createPlan(staff, ZPlanCreate.parse(planForm())));
    expect([taken.code, taken.field, taken.message]).toEqual(["INVALID", "code", "该规划编码已被使用"]);
  });

  it("lists the subtree's plans with search, sort and paging", async () => {
    const all = await listManagedPlans(staff, ZPlanListQuery.parse({}));
    expect(all.rows.map((r) => r.code)).toEqual(["WZ-2023-80", "WZ-2026"]);
    expect(all.rows[0]).toMatchObject({ regionName: "温州市", taskCount: expect.any(Number) });
    expect((await listManagedPlans(staff, ZPlanListQuery.parse({ q: "温政办" }))).rows.map((r) => r.code)).toEqual(["WZ-2023-80"]);
    expect((await listManagedPlans(staff, ZPlanListQuery.parse({ sort: "startYear", dir: "desc" }))).rows[0].code).toBe("WZ-2026");
    expect((await listManagedPlans(gzStaff, ZPlanListQuery.parse({}))).rows.every((r) => r.code.startsWith("GZ"))).toBe(true);
    expect((await listManagedPlans(countyStaff, ZPlanListQuery.parse({}))).total).toBe(0);
  });

  it("saves an edit with a diff in the audit log, and refuses a stale one (CONFLICT) keeping the first", async () => {
    const first = await editForm(planId, { shortTitle: "温州2026" });
    const second = await editForm(planId, { shortTitle: "另一人的简称" });
    await updatePlan(staff, first);
    const [event] = await audits("plan.update", planId);
    expect([event.before, event.after]).toEqual([{ shortTitle: "温州2026行动" }, { shortTitle: "温州2026" }]);
    const e = await rejection(updatePlan(staff, second));
    expect(e.code).toBe("CONFLICT");
    expect((await getManagedPlan(staff, planId))!.shortTitle).toBe("温州2026");
  });

  it("refuses a leader and a reporter (403, audited) and other regions (404, audited)", async () => {
    const input = await editForm(planId, { title: "越权" });
    for (const who of [leader, reporter]) expect((await rejection(updatePlan(who, input))).code).toBe("FORBIDDEN");
    for (const who of [gzStaff, countyStaff]) expect((await rejection(updatePlan(who, input))).code).toBe("NOT_FOUND");
    expect(await deniedReasons("plan.update", planId)).toEqual(["forbidden", "forbidden", "outOfScope", "outOfScope"]);
    expect((await rejection(createPlan(gzStaff, ZPlanCreate.parse(planForm({ code: "GZ-X" }))))).field).toBe("regionId");
    expect((await rejection(setPlanArchived(countyStaff, planId, true))).code).toBe("NOT_FOUND");
  });

  it("decides edit controls and writes with the same rule: a county staff member cannot manage the city plan", async () => {
    const city = (await getPlanByCode(countyStaff, "WZ-2023-80"))!;
    expect(canManagePlan(countyStaff, city)).toBe(false);
    expect(await getManagedPlan(countyStaff, city.id)).toBeNull();
    expect(canManagePlan(staff, city)).toBe(true);
    expect(await getManagedPlan(staff, city.id)).not.toBeNull();
    expect(canManagePlan(leader, city)).toBe(false);
  });

  it("archives instead of deleting: out of /plans and the dashboards, still listed on request, restorable", async () => {
    const city = (await getPlanByCode(staff, "WZ-2023-80"))!;
    await setPlanArchived(staff, city.id, true);
    expect(await db.prisma.plan.count({ where: { id: city.id } })).toBe(1);
    expect(await getPlanByCode(staff, "WZ-2023-80")).toBeNull();
    expect((await listPlanSummaries(leader)).map((p) => p.code)).not.toContain("WZ-2023-80");
    expect((await getDashboardOverview(leader)).map((p) => p.code)).not.toContain("WZ-2023-80");
    expect((await listManagedPlans(staff, ZPlanListQuery.parse({}))).rows.map((r) => r.code)).not.toContain("WZ-2023-80");
    expect((await listManagedPlans(staff, ZPlanListQuery.parse({ archived: "1" }))).rows.find((r) => r.code === "WZ-2023-80")?.archivedAt).toBeInstanceOf(Date);
    const edit = await rejection(updatePlan(staff, await editForm(city.id, { title: "改" })));
    expect(edit.code).toBe("CONFLICT");
    await setPlanArchived(staff, city.id, false);
    expect((await getDashboardOverview(leader)).map((p) => p.code)).toContain("WZ-2023-80");
    expect((await audits("plan.archive", city.id)).length).toBe(1);
    expect((await audits("plan.restore", city.id)).length).toBe(1);
  });
});

describe("sections", () => {
  let bodyId: string;
  let childId: string;

  const sectionForm = (over: Record<string, string> = {}) => ZSectionCreate.parse({ planId, code: "a1", title: "附件1 重点任务清单", ...over });

  it("creates sections in order, under a parent, audited; a taken code is refused next to its field", async () => {
    bodyId = await createSection(staff, sectionForm({ code: "body", title: "正文" }));
    childId = await createSection(staff, sectionForm({ parentId: bodyId }));
    const sections = (await listPlanSections(staff, planId))!;
    expect(sections.map((s) => [s.code, s.sortOrder, s.depth])).toEqual([["BODY", 0, 0], ["A1", 1, 1]]);
    expect(await audits("section.create", childId)).toHaveLength(1);
    expect((await rejection(createSection(staff, sectionForm()))).field).toBe("code");
  });

  it("refuses a parent that would make a cycle, and a stale edit", async () => {
    const body = (await listPlanSections(staff, planId))!.find((s) => s.id === bodyId)!;
    const form = (over: Record<string, string>) => ZSectionUpdate.parse({ id: bodyId, updatedAt: body.updatedAt.toISOString(), code: body.code, title: body.title, sortOrder: "0", ...over });
    expect((await rejection(updateSection(staff, form({ parentId: childId })))).field).toBe("parentId");
    expect((await rejection(updateSection(staff, form({ parentId: bodyId })))).field).toBe("parentId");
    await updateSection(staff, form({ title: "规划正文" }));
    expect((await rejection(updateSection(staff, form({ title: "另一人" })))).code).toBe("CONFLICT");
    const r = ZSectionUpdate.safeParse({ id: bodyId, updatedAt: "yesterday", code: "有 空格", title: "", sortOrder: "1.5" });
    expect(fieldErrorsOf(r.error!)).toMatchObject({ code: "编码不能包含空格", title: "此项为必填项", sortOrder: "请填写整数，如 10", updatedAt: expect.any(String) });
  });

  it("refuses staff of another region and a leader, audited", async () => {
    expect((await rejection(setSectionArchived(gzStaff, childId, true))).code).toBe("NOT_FOUND");
    expect((await rejection(setSectionArchived(leader, childId, true))).code).toBe("FORBIDDEN");
    expect(await deniedReasons("section.archive", childId)).toEqual(["forbidden", "outOfScope"]);
  });

  it("archives a section, keeping it listed for the manage page and out of the plan page; restores it", async () => {
    await setSectionArchived(staff, childId, true);
    expect((await listPlanSections(staff, planId))!.find((s) => s.id === childId)!.archivedAt).toBeInstanceOf(Date);
    expect((await getPlanOutline(staff, planId)).sections.map((s) => s.id)).toEqual([bodyId]);
    await setSectionArchived(staff, childId, false);
    expect((await getPlanOutline(staff, planId)).sections.map((s) => s.id)).toEqual([bodyId, childId]);
    expect(await audits("section.archive", childId)).toHaveLength(1);
    expect(await audits("section.restore", childId)).toHaveLength(1);
  });
});
