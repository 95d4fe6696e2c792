import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getPlanDashboard } from "@/lib/dal/dashboard/plan";
import { getTargetAssignments } from "@/lib/dal/manage/assignments";
import { archiveHospital, getManagedHospital, restoreHospital, updateHospital } from "@/lib/dal/manage/hospitals";
import { archiveUnit, createUnit, getManagedUnit, listManagedUnits, restoreUnit, updateUnit } from "@/lib/dal/manage/units";
import { placementOptions } from "@/lib/dal/user-placement-options";
import { m } from "@/lib/i18n";
import { parsePlanDashboardQuery } from "@/lib/validation/dashboard";
import { ZHospitalUpdate } from "@/lib/validation/hospitals";
import { ZUnitCreate, ZUnitListQuery, ZUnitUpdate } from "@/lib/validation/units";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { auditsOf, expectDenied, expectFieldError, fieldErrors } from "../helpers/manage";
import { rejection } from "../helpers/rejection";

/** Issue #7: responsible units, and a hospital's restore and edit concurrency, on a seeded database. */
let db: TestDatabase;
let staff: SessionUser, gzStaff: SessionUser, leader: SessionUser, reporter: SessionUser, admin: SessionUser;
let wenzhou: string, dongtou: string;

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  [staff, gzStaff, leader, reporter, admin] = await Promise.all(["staff", "gz-staff", "leader", "wmu1", "admin"].map((u) => actorFor(db.prisma, u)));
  const code = (c: string) => db.prisma.region.findUniqueOrThrow({ where: { code: c }, select: { id: true } }).then((r) => r.id);
  [wenzhou, dongtou] = await Promise.all([code("330300"), code("330305")]);
}, 120_000);
afterAll(() => db?.close());

/** The edit form as the browser submits it for the stored unit, with some fields changed. */
async function unitForm(id: string, over: Record<string, string> = {}) {
  const u = (await getManagedUnit(staff, id))!;
  return ZUnitUpdate.parse({ id, updatedAt: u.updatedAt.toISOString(), name: u.name, fullName: u.fullName ?? "", kind: u.kind, regionId: u.regionId, ...over });
}

describe("responsible units", () => {
  let unitId: string;

  it("lists the subtree's units with their lead and co-lead tasks, searchable and filterable", async () => {
    const page = await listManagedUnits(staff, ZUnitListQuery.parse({ q: "卫健委" }));
    const wjw = page.rows.find((r) => r.name === "市卫健委")!;
    expect(wjw.leads).toBeGreaterThan(10);
    expect(wjw.assignments).toBeGreaterThan(0);
    const byTasks = await listManagedUnits(staff, ZUnitListQuery.parse({ sort: "tasks", dir: "desc" }));
    expect(byTasks.rows[0].name).toBe("市卫健委");
    const county = await listManagedUnits(staff, ZUnitListQuery.parse({ region: dongtou }));
    expect(county.rows.every((r) => r.regionName === "洞头区")).toBe(true);
    expect((await listManagedUnits(gzStaff, ZUnitListQuery.parse({ q: "市卫健委" }))).rows.map((r) => r.regionName)).not.toContain("温州市");
  });

  it("creates a unit, audited, and refuses a duplicate name in the region and a region outside the subtree", async () => {
    const input = ZUnitCreate.parse({ name: "市测试局", fullName: "温州市测试局", kind: "GOVERNMENT_DEPARTMENT", regionId: wenzhou });
    unitId = await createUnit(staff, input);
    expect(await auditsOf(db.prisma, "unit.create", unitId)).toHaveLength(1);
    await expectFieldError(createUnit(staff, input), "name", m.manage.units.nameTaken);
    // The same name is free in another region.
    expect(await createUnit(staff, { ...input, regionId: dongtou })).toBeTruthy();
    await expectFieldError(createUnit(gzStaff, input), "regionId", m.manage.units.regionOutOfScope);
  });

  it("answers invalid input field by field in Chinese", () => {
    const errors = fieldErrors(ZUnitCreate.safeParse({ name: " ", fullName: "全".repeat(121), kind: "MINISTRY", regionId: "" }));
    expect(errors).toEqual({ name: "此项为必填项", fullName: "不能超过 120 个字", kind: "请选择类别", regionId: "请选择行政区划" });
  });

  it("saves an edit, audits the changed fields, and refuses a stale form (CONFLICT) without writing", async () => {
    const first = await unitForm(unitId, { fullName: "温州市测试管理局" });
    const second = await unitForm(unitId, { fullName: "另一人的修改" });
    const stamp = await updateUnit(staff, first);
    expect(stamp.getTime()).toBeGreaterThan(first.updatedAt.getTime());
    const [event] = await auditsOf(db.prisma, "unit.update", unitId);
    expect(event.before).toEqual({ fullName: "温州市测试局" });
    expect(event.after).toEqual({ fullName: "温州市测试管理局" });
    const e = await rejection(updateUnit(staff, second));
    expect(e.code).toBe("CONFLICT");
    expect(e.message).toBe(m.manage.records.stale);
    expect((await getManagedUnit(staff, unitId))!.fullName).toBe("温州市测试管理局");
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const [a, b] = [await unitForm(unitId, { fullName: "甲" }), await unitForm(unitId, { fullName: "乙" })];
    const results = await Promise.allSettled([updateUnit(staff, a), updateUnit(staff, b)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT"]);
  });

  it("refuses a leader and a reporter (403) and another region's staff (404), each audited as DENIED", async () => {
    const form = await unitForm(unitId);
    await expectDenied(db.prisma, () => updateUnit(leader, form), { code: "FORBIDDEN", action: "unit.update", entityId: unitId });
    await expectDenied(db.prisma, () => updateUnit(reporter, form), { code: "FORBIDDEN", action: "unit.update", entityId: unitId });
    await expectDenied(db.prisma, () => createUnit(reporter, ZUnitCreate.parse({ name: "越权", kind: "OTHER", regionId: wenzhou })), { code: "FORBIDDEN", action: "unit.create" });
    await expectDenied(db.prisma, () => updateUnit(gzStaff, form), { code: "NOT_FOUND", action: "unit.update", entityId: unitId });
    await expectDenied(db.prisma, () => archiveUnit(gzStaff, unitId), { code: "NOT_FOUND", action: "unit.archive", entityId: unitId });
    await expectDenied(db.prisma, () => restoreUnit(leader, unitId), { code: "FORBIDDEN", action: "unit.restore", entityId: unitId });
    expect(await getManagedUnit(gzStaff, unitId)).toBeNull();
  });

  it("archives instead of deleting: the unit and its task links stay, it leaves every option list, and comes back on restore", async () => {
    const wjw = (await db.prisma.responsibleUnit.findFirstOrThrow({ where: { name: "市卫健委", regionId: wenzhou }, select: { id: true } })).id;
    const links = await db.prisma.taskUnit.count({ where: { unitId: wjw } });
    const target = await db.prisma.target.findFirstOrThrow({ where: { plan: { region: { code: "330300" } }, units: { some: { unitId: wjw } } }, select: { id: true, plan: { select: { code: true } } } });
    const inOptions = async () => ({
      assignment: (await getTargetAssignments(staff, target.id))!.units.some((u) => u.id === wjw),
      account: (await placementOptions(admin)).units.some((u) => u.id === wjw),
      dashboard: (await getPlanDashboard(leader, target.plan.code, parsePlanDashboardQuery({})))!.options.units.some((u) => u.id === wjw),
    });
    expect(await inOptions()).toEqual({ assignment: true, account: true, dashboard: true });

    await archiveUnit(staff, wjw);
    await archiveUnit(staff, wjw); // twice: nothing more happens
    expect(await auditsOf(db.prisma, "unit.archive", wjw)).toHaveLength(1);
    expect(await db.prisma.responsibleUnit.findUnique({ where: { id: wjw }, select: { archivedAt: true } })).toMatchObject({ archivedAt: expect.any(Date) });
    expect(await db.prisma.taskUnit.count({ where: { unitId: wjw } })).toBe(links);
    expect((await getManagedUnit(staff, wjw))!.tasks).toHaveLength(links);
    expect(await inOptions()).toEqual({ assignment: false, account: false, dashboard: false });
    expect((await listManagedUnits(staff, ZUnitListQuery.parse({ q: "市卫健委" }))).rows.some((r) => r.id === wjw)).toBe(false);
    expect((await listManagedUnits(staff, ZUnitListQuery.parse({ q: "市卫健委", archived: "1" }))).rows.some((r) => r.id === wjw)).toBe(true);
    // A form loaded before the archive cannot save over it.
    expect((await rejection(updateUnit(staff, ZUnitUpdate.parse({ id: wjw, updatedAt: new Date(0).toISOString(), name: "市卫健委", kind: "GOVERNMENT_DEPARTMENT", regionId: wenzhou })))).code).toBe("CONFLICT");

    await restoreUnit(staff, wjw);
    expect(await auditsOf(db.prisma, "unit.restore", wjw)).toHaveLength(1);
    expect(await inOptions()).toEqual({ assignment: true, account: true, dashboard: true });
  });
});

describe("hospitals: edit concurrency and restore", () => {
  const formFor = async (id: string, over: Record<string, string> = {}) => {
    const h = (await getManagedHospital(staff, id))!;
    return ZHospitalUpdate.parse({ id, updatedAt: h.updatedAt.toISOString(), name: h.name, shortName: h.shortName ?? "", aliases: h.aliases.join("、"), level: h.level ?? "", kind: h.kind, regionId: h.regionId, ...over });
  };

  it("refuses a stale hospital form with a clear Chinese message and keeps the newer save", async () => {
    const id = (await db.prisma.hospital.findUniqueOrThrow({ where: { code: "WZ-CENTRAL" }, select: { id: true } })).id;
    const first = await formFor(id, { shortName: "温州中心医院" });
    const stale = await formFor(id, { shortName: "中心医院（旧）" });
    await updateHospital(staff, first);
    const e = await rejection(updateHospital(staff, stale));
    expect([e.code, e.message]).toEqual(["CONFLICT", m.manage.records.stale]);
    expect((await getManagedHospital(staff, id))!.shortName).toBe("温州中心医院");
  });

  it("restores an archived hospital after the confirmation, audited, back in the assignment options", async () => {
    const id = (await db.prisma.hospital.findUniqueOrThrow({ where: { code: "WZ-CENTRAL" }, select: { id: true } })).id;
    const target = await db.prisma.target.findFirstOrThrow({ where: { plan: { region: { code: "330300" } } }, select: { id: true } });
    await archiveHospital(staff, id);
    expect((await getTargetAssignments(staff, target.id))!.hospitals.some((h) => h.id === id)).toBe(false);
    await expectDenied(db.prisma, () => restoreHospital(leader, id), { code: "FORBIDDEN", action: "hospital.restore", entityId: id });
    await expectDenied(db.prisma, () => restoreHospital(gzStaff, id), { code: "NOT_FOUND", action: "hospital.restore", entityId: id });
    await restoreHospital(staff, id);
    const [event] = await auditsOf(db.prisma, "hospital.restore", id);
    expect(event.after).toEqual({ archivedAt: null });
    expect((await getTargetAssignments(staff, target.id))!.hospitals.some((h) => h.id === id)).toBe(true);
  });
});
