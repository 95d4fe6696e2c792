import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { createHospital } from "@/lib/dal/manage/hospitals";
import { archiveRegion, createRegion, getManagedRegion, listRegionTree, manageRegionOptions, restoreRegion, updateRegion } from "@/lib/dal/manage/regions";
import { createUnit } from "@/lib/dal/manage/units";
import { placementOptions } from "@/lib/dal/user-placement-options";
import { m } from "@/lib/i18n";
import { ZHospitalCreate } from "@/lib/validation/hospitals";
import { ZRegionCreate, ZRegionUpdate } from "@/lib/validation/regions";
import { ZUnitCreate } from "@/lib/validation/units";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { auditsOf, expectDenied, expectFieldError, fieldErrors } from "../helpers/manage";
import { rejection } from "../helpers/rejection";

/** Issue #7: the region tree of a staff member's subtree, on a seeded database. */
let db: TestDatabase;
let staff: SessionUser, gzStaff: SessionUser, leader: SessionUser, reporter: SessionUser, admin: SessionUser;
let wenzhou: string, dongtou: string, yongjia: string;
const r = m.manage.regions;

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  [staff, gzStaff, leader, reporter, admin] = await Promise.all(["staff", "gz-staff", "leader", "wmu1", "admin"].map((u) => actorFor(db.prisma, u)));
  const code = (c: string) => db.prisma.region.findUniqueOrThrow({ where: { code: c }, select: { id: true } }).then((x) => x.id);
  [wenzhou, dongtou, yongjia] = await Promise.all([code("330300"), code("330305"), code("330324")]);
}, 120_000);
afterAll(() => db?.close());

const child = (over: Record<string, string> = {}) => ZRegionCreate.parse({ parentId: wenzhou, code: "330390", name: "测试区", level: "COUNTY", sortOrder: "１５", ...over });

async function editFormAs(actor: SessionUser, id: string, over: Record<string, string> = {}) {
  const region = (await getManagedRegion(actor, id))!;
  return ZRegionUpdate.parse({ id, updatedAt: region.updatedAt.toISOString(), name: region.name, sortOrder: String(region.sortOrder), ...over });
}
const editForm = (id: string, over: Record<string, string> = {}) => editFormAs(staff, id, over);

describe("regions", () => {
  let created: string;

  it("shows the staff member's subtree in tree order: 温州市 first, then its counties by their order", async () => {
    const tree = await listRegionTree(staff, { archived: false });
    expect(tree[0]).toMatchObject({ code: "330300", depth: 0 });
    expect(tree.slice(1).every((n) => n.depth === 1 && n.level === "COUNTY")).toBe(true);
    expect(tree.find((n) => n.code === "330305")!.inUse.hospitals).toBeGreaterThan(0);
    expect((await listRegionTree(gzStaff, { archived: false })).map((n) => n.code)).not.toContain("330300");
  });

  it("creates a child region with the path computed from the parent, never taken from the form, audited", async () => {
    created = await createRegion(staff, { ...child(), path: "/999999/" } as ReturnType<typeof child>);
    const stored = await db.prisma.region.findUniqueOrThrow({ where: { id: created } });
    expect(stored).toMatchObject({ code: "330390", path: "/100000/330000/330300/330390/", level: "COUNTY", sortOrder: 15, parentId: wenzhou });
    const [event] = await auditsOf(db.prisma, "region.create", created);
    expect(event.after).toMatchObject({ code: "330390", path: "/100000/330000/330300/330390/" });
    expect((await manageRegionOptions(staff)).map((o) => o.id)).toContain(created);
  });

  it("refuses codes and levels that do not fit the parent, taken codes and names, in Chinese next to the field", async () => {
    expect(fieldErrors(ZRegionCreate.safeParse({ parentId: "", code: "33039", name: "", level: "TOWN", sortOrder: "-1" }))).toEqual({
      parentId: r.chooseParent, code: r.codeFormat, name: "此项为必填项", level: r.chooseLevel, sortOrder: r.sortOrderFormat,
    });
    await expectFieldError(createRegion(staff, child({ code: "330391", level: "CITY" })), "level", r.levelNotBelow("地市级"));
    await expectFieldError(createRegion(staff, child({ code: "330401" })), "code", r.codeNotUnderParent("3303"));
    await expectFieldError(createRegion(staff, child({ code: "330300" })), "code", r.codeNotUnderParent("3303"));
    await expectFieldError(createRegion(staff, child({ code: "330305", name: "另一个区" })), "code", r.codeTaken);
    await expectFieldError(createRegion(staff, child({ code: "330392" })), "name", r.nameTaken);
    await expectFieldError(createRegion(staff, child({ parentId: dongtou, code: "330393" })), "parentId", r.noChildLevel);
    // Guizhou staff may add a prefecture under their province, but nothing under Wenzhou.
    await expectFieldError(createRegion(gzStaff, child({ code: "330394" })), "parentId", r.parentOutOfScope);
    const gz = (await db.prisma.region.findUniqueOrThrow({ where: { code: "520000" } })).id;
    await expectFieldError(createRegion(gzStaff, child({ parentId: gz, code: "520701", level: "CITY" })), "code", r.codeLevelMismatch.CITY);
    expect(await createRegion(gzStaff, child({ parentId: gz, code: "520700", name: "测试市", level: "CITY" }))).toBeTruthy();
  });

  it("renames under optimistic concurrency: code and parent cannot be changed, a stale form is a CONFLICT", async () => {
    const form = await editForm(created, { name: "测试新区", sortOrder: "3" });
    const stale = await editForm(created, { name: "晚到的名字" });
    await updateRegion(staff, { ...form, code: "330399", parentId: dongtou, path: "/x/" } as typeof form);
    expect(await db.prisma.region.findUniqueOrThrow({ where: { id: created } })).toMatchObject({ name: "测试新区", sortOrder: 3, code: "330390", parentId: wenzhou, path: "/100000/330000/330300/330390/" });
    const [event] = await auditsOf(db.prisma, "region.update", created);
    expect(event.after).toEqual({ name: "测试新区", sortOrder: 3 });
    expect((await rejection(updateRegion(staff, stale))).code).toBe("CONFLICT");
    await expectFieldError(updateRegion(staff, await editForm(created, { name: "洞头区" })), "name", r.nameTaken);
  });

  it("refuses a leader and a reporter (403) and another region's staff (404), audited as DENIED", async () => {
    const form = await editForm(created);
    await expectDenied(db.prisma, () => updateRegion(leader, form), { code: "FORBIDDEN", action: "region.update", entityId: created });
    await expectDenied(db.prisma, () => createRegion(reporter, child({ code: "330395" })), { code: "FORBIDDEN", action: "region.create" });
    await expectDenied(db.prisma, () => updateRegion(gzStaff, form), { code: "NOT_FOUND", action: "region.update", entityId: created });
    await expectDenied(db.prisma, () => archiveRegion(gzStaff, created), { code: "NOT_FOUND", action: "region.archive", entityId: created });
    await expectDenied(db.prisma, () => restoreRegion(leader, created), { code: "FORBIDDEN", action: "region.restore", entityId: created });
  });

  it("refuses to archive a region still in use, saying what is left, and the staff member's own region", async () => {
    const e = await rejection(archiveRegion(staff, dongtou));
    expect(e.code).toBe("CONFLICT");
    expect(e.message).toMatch(/在用的医疗机构 2 家/);
    expect(e.message).toMatch(/在用的责任单位 1 个/);
    expect((await rejection(archiveRegion(staff, wenzhou))).message).toBe(r.ownRegion);
    expect(await db.prisma.region.count({ where: { archivedAt: { not: null } } })).toBe(0);
  });

  it("archives an empty region instead of deleting it: it leaves every region select and placement, stays in history, and can be restored", async () => {
    const options = async () => ({
      manage: (await manageRegionOptions(staff)).some((o) => o.id === yongjia),
      account: (await placementOptions(admin)).regions.some((o) => o.id === yongjia),
    });
    expect(await options()).toEqual({ manage: true, account: true });
    await archiveRegion(staff, yongjia);
    expect(await db.prisma.region.findUniqueOrThrow({ where: { id: yongjia } })).toMatchObject({ archivedAt: expect.any(Date), code: "330324" });
    expect(await options()).toEqual({ manage: false, account: false });
    expect((await listRegionTree(staff, { archived: false })).some((n) => n.id === yongjia)).toBe(false);
    expect((await listRegionTree(staff, { archived: true })).find((n) => n.id === yongjia)!.archivedAt).not.toBeNull();
    await expectFieldError(createHospital(staff, ZHospitalCreate.parse({ code: "WZ-YJ-NEW", name: "永嘉县新医院", kind: "GENERAL", regionId: yongjia })), "regionId");
    await expectFieldError(createUnit(staff, ZUnitCreate.parse({ name: "永嘉县新单位", kind: "OTHER", regionId: yongjia })), "regionId");
    await expectFieldError(createRegion(staff, child({ parentId: yongjia, code: "330396" })), "parentId", r.parentOutOfScope);

    await restoreRegion(staff, yongjia);
    expect(await auditsOf(db.prisma, "region.archive", yongjia)).toHaveLength(1);
    expect(await auditsOf(db.prisma, "region.restore", yongjia)).toHaveLength(1);
    expect(await options()).toEqual({ manage: true, account: true });
  });
});

describe("the country at the root (全国)", () => {
  let national: string, guizhou: string, nationalStaff: SessionUser, nationalAdmin: SessionUser;

  beforeAll(async () => {
    national = (await db.prisma.region.findUniqueOrThrow({ where: { code: "100000" } })).id;
    guizhou = (await db.prisma.region.findUniqueOrThrow({ where: { code: "520000" } })).id;
    // No seeded staff or admin sits at 全国 (README, demo accounts): made here for the one journey that needs them.
    await db.prisma.user.createMany({
      data: [
        { username: "nhc-staff", displayName: "国家卫生健康委 业务处", passwordHash: "x", role: "STAFF", regionId: national },
        { username: "nhc-admin", displayName: "国家卫生健康委 管理员", passwordHash: "x", role: "ADMIN", regionId: national },
      ],
    });
    [nationalStaff, nationalAdmin] = await Promise.all(["nhc-staff", "nhc-admin"].map((u) => actorFor(db.prisma, u)));
  });

  const province = (over: Record<string, string> = {}) => child({ parentId: national, code: "440000", name: "广东省", level: "PROVINCE", ...over });

  it("is the whole tree's top for someone scoped to it, the provinces one level below", async () => {
    const tree = await listRegionTree(nationalStaff, { archived: false });
    expect(tree[0]).toMatchObject({ code: "100000", level: "NATIONAL", depth: 0, path: "/100000/" });
    expect(tree.filter((n) => n.depth === 1).map((n) => n.code)).toEqual(["330000", "120000", "520000"]);
    expect(tree.find((n) => n.code === "330300")).toMatchObject({ depth: 2, path: "/100000/330000/330300/" });
    expect((await getManagedRegion(nationalStaff, guizhou))!.parent).toMatchObject({ id: national, name: "全国" });
    // A province's own staff see their province as their top: 全国 lies outside their subtree.
    expect((await getManagedRegion(gzStaff, guizhou))!.parent).toBeNull();
    expect(await getManagedRegion(gzStaff, national)).toBeNull();
  });

  it("takes a new province only from someone scoped to 全国", async () => {
    await expectFieldError(createRegion(gzStaff, province()), "parentId", r.parentOutOfScope);
    await expectFieldError(createRegion(staff, province()), "parentId", r.parentOutOfScope);
    await expectFieldError(createRegion(nationalStaff, province({ code: "440100", level: "CITY" })), "level", r.levelNotBelow("全国"));
    await expectFieldError(createRegion(nationalStaff, province({ code: "440100" })), "code", r.codeLevelMismatch.PROVINCE);
    await expectFieldError(createRegion(nationalStaff, province({ code: "100000" })), "code", r.codeNotUnderParent(""));
    await expectFieldError(createRegion(nationalStaff, province({ code: "440000", name: "贵州省" })), "name", r.nameTaken);
    const id = await createRegion(nationalStaff, province());
    expect(await db.prisma.region.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: "440000", level: "PROVINCE", parentId: national, path: "/100000/440000/" });
    // A province's name is unique among the provinces now that they share a parent.
    await expectFieldError(updateRegion(nationalStaff, await editFormAs(nationalStaff, guizhou, { name: "广东省" })), "name", r.nameTaken);
  });

  it("cannot be archived, not even by someone scoped to it", async () => {
    const e = await rejection(archiveRegion(nationalStaff, national));
    expect([e.code, e.message]).toEqual(["CONFLICT", r.nationalRoot]);
    expect((await rejection(archiveRegion(staff, national))).code).toBe("NOT_FOUND");
    expect((await db.prisma.region.findUniqueOrThrow({ where: { id: national } })).archivedAt).toBeNull();
  });

  it("is where an admin scoped to it may place an account; a city's admin may not", async () => {
    const codes = async (actor: SessionUser) => {
      const ids = new Set((await placementOptions(actor)).regions.map((o) => o.id));
      return (await db.prisma.region.findMany({ where: { id: { in: [...ids] } }, select: { code: true } })).map((x) => x.code);
    };
    expect(await codes(nationalAdmin)).toEqual(expect.arrayContaining(["100000", "330000", "120000", "520000", "330300"]));
    expect(await codes(admin)).not.toContain("100000");
    expect(await codes(admin)).not.toContain("120000");
  });
});
