import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getHospitalDashboard } from "@/lib/dal/dashboard/organisations";
import { archiveDesignation, createDesignation, designationOptions, getManagedDesignation, hospitalDesignations, listManagedDesignations, restoreDesignation, updateDesignation } from "@/lib/dal/manage/designations";
import { archiveSpecialty, createSpecialty, getManagedSpecialty, listManagedSpecialties, restoreSpecialty, updateSpecialty } from "@/lib/dal/manage/specialties";
import { m } from "@/lib/i18n";
import { ZDesignationCreate, ZDesignationListQuery, ZDesignationUpdate, ZSpecialtyCreate, ZSpecialtyListQuery, ZSpecialtyUpdate } from "@/lib/validation/specialties";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { auditsOf, expectDenied, expectFieldError, fieldErrors } from "../helpers/manage";
import { rejection } from "../helpers/rejection";

/** Issue #7: the shared specialty catalogue and the hospitals' designations, on a seeded database. */
let db: TestDatabase;
let staff: SessionUser, gzStaff: SessionUser, leader: SessionUser, reporter: SessionUser;
let hospitalId: string, planId: string;
const s = m.manage.specialties;
const d = m.manage.designations;
const SOURCE = "001_221d51d9768594f4.txt";

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  [staff, gzStaff, leader, reporter] = await Promise.all(["staff", "gz-staff", "leader", "wmu1"].map((u) => actorFor(db.prisma, u)));
  hospitalId = (await db.prisma.hospital.findUniqueOrThrow({ where: { code: "WZ-DT-PEOPLE" } })).id;
  planId = (await db.prisma.plan.findFirstOrThrow({ where: { region: { code: "330300" } } })).id;
}, 120_000);
afterAll(() => db?.close());

const specialtyForm = async (id: string, over: Record<string, string> = {}) => {
  const sp = (await getManagedSpecialty(staff, id))!;
  return ZSpecialtyUpdate.parse({ id, updatedAt: sp.updatedAt.toISOString(), name: sp.name, category: sp.category, ...over });
};

describe("the specialty catalogue", () => {
  let specialtyId: string;

  it("creates a specialty once (the name is unique), audited; invalid input answers in Chinese", async () => {
    specialtyId = await createSpecialty(staff, ZSpecialtyCreate.parse({ name: "测试医学科", category: "CLINICAL" }));
    expect(await auditsOf(db.prisma, "specialty.create", specialtyId)).toHaveLength(1);
    await expectFieldError(createSpecialty(gzStaff, ZSpecialtyCreate.parse({ name: "测试医学科", category: "TCM" })), "name", s.nameTaken);
    expect(fieldErrors(ZSpecialtyCreate.safeParse({ name: "", category: "SURGERY" }))).toEqual({ name: "此项为必填项", category: s.chooseCategory });
    expect((await listManagedSpecialties(staff, ZSpecialtyListQuery.parse({ q: "测试医学" }))).rows.map((r) => r.name)).toEqual(["测试医学科"]);
  });

  it("renames under optimistic concurrency; refuses a stale form, a leader and a reporter", async () => {
    const form = await specialtyForm(specialtyId, { name: "测试医学" });
    const stale = await specialtyForm(specialtyId, { category: "PLATFORM" });
    await updateSpecialty(staff, form);
    expect((await rejection(updateSpecialty(staff, stale))).code).toBe("CONFLICT");
    await expectDenied(db.prisma, () => updateSpecialty(leader, form), { code: "FORBIDDEN", action: "specialty.update", entityId: specialtyId });
    await expectDenied(db.prisma, () => archiveSpecialty(reporter, specialtyId), { code: "FORBIDDEN", action: "specialty.archive", entityId: specialtyId });
    expect((await getManagedSpecialty(staff, specialtyId))!.name).toBe("测试医学");
  });

  it("refuses a change to a specialty other regions' hospitals use (audited), and archiving one still in use", async () => {
    const used = await db.prisma.specialty.findFirstOrThrow({ where: { designations: { some: { hospital: { region: { code: { startsWith: "33" } } } } } } });
    const e = await expectDenied(db.prisma, async () => updateSpecialty(gzStaff, await specialtyForm(used.id, { name: "改名" })), { code: "FORBIDDEN", action: "specialty.update", entityId: used.id, reason: "outOfScope" });
    expect(e.message).toBe(s.sharedOutside);
    const inUse = await rejection(archiveSpecialty(staff, used.id));
    expect([inUse.code, inUse.message]).toEqual(["CONFLICT", s.inUse(await db.prisma.specialtyDesignation.count({ where: { specialtyId: used.id, archivedAt: null } }))]);
  });

  it("archives an unused specialty instead of deleting it: gone from the designation form's options, restorable", async () => {
    await archiveSpecialty(staff, specialtyId);
    expect(await db.prisma.specialty.count({ where: { id: specialtyId } })).toBe(1);
    expect((await designationOptions(staff)).specialties.some((o) => o.id === specialtyId)).toBe(false);
    await expectFieldError(createDesignation(staff, ZDesignationCreate.parse({ hospitalId, specialtyId, level: "CITY", status: "BUILDING" })), "specialtyId", d.specialtyUnavailable);
    await restoreSpecialty(staff, specialtyId);
    expect((await designationOptions(staff)).specialties.some((o) => o.id === specialtyId)).toBe(true);
    expect(await auditsOf(db.prisma, "specialty.restore", specialtyId)).toHaveLength(1);
  });
});

describe("specialty designations", () => {
  let specialtyId: string;
  let designationId: string;
  const input = (over: Record<string, string> = {}) => ZDesignationCreate.parse({ hospitalId, specialtyId, level: "CITY", status: "CULTIVATING", programme: "市级临床重点专科", planId, taskCode: "", sourceFile: "", sourceQuote: "", ...over });
  const editForm = async (id: string, over: Record<string, string> = {}) => {
    const x = (await getManagedDesignation(staff, id))!;
    return ZDesignationUpdate.parse({
      id, updatedAt: x.updatedAt.toISOString(), hospitalId: x.hospitalId, specialtyId: x.specialtyId, level: x.level, status: x.status, programme: x.programme ?? "",
      planId: x.planId ?? "", taskCode: x.task?.code ?? "", sourceFile: x.sourceFile ?? "", sourceQuote: x.sourceQuote ?? "", ...over,
    });
  };

  beforeAll(async () => {
    specialtyId = await createSpecialty(staff, ZSpecialtyCreate.parse({ name: "测试专病", category: "CLINICAL" }));
  });

  it("creates a designation with its task and a verbatim quote, audited; a duplicate of hospital, specialty and level is refused", async () => {
    const task = await db.prisma.task.findFirstOrThrow({ where: { planId }, orderBy: { code: "asc" } });
    const quote = (await db.prisma.target.findFirstOrThrow({ where: { planId, sourceFile: SOURCE } })).sourceQuote;
    designationId = await createDesignation(staff, input({ taskCode: task.code, sourceFile: SOURCE, sourceQuote: quote }));
    const stored = await db.prisma.specialtyDesignation.findUniqueOrThrow({ where: { id: designationId } });
    expect(stored).toMatchObject({ taskId: task.id, sourceQuote: quote, status: "CULTIVATING" });
    expect(await auditsOf(db.prisma, "designation.create", designationId)).toHaveLength(1);
    await expectFieldError(createDesignation(staff, input()), "level", d.exists);
    expect((await hospitalDesignations(staff, hospitalId)).some((x) => x.id === designationId)).toBe(true);
  });

  it("answers invalid input in Chinese, field by field", async () => {
    expect(fieldErrors(ZDesignationCreate.safeParse({ hospitalId: "", specialtyId: "", level: "WORLD", status: "", taskCode: "A1-01", sourceQuote: "一句话" }))).toEqual({
      hospitalId: d.chooseHospital, specialtyId: d.chooseSpecialty, level: d.chooseLevel, status: d.chooseStatus, taskCode: d.taskWithoutPlan, sourceFile: d.quoteWithoutFile,
    });
    await expectFieldError(createDesignation(staff, input({ level: "NATIONAL", taskCode: "NO-SUCH-TASK" })), "taskCode", d.taskNotInPlan);
    await expectFieldError(createDesignation(staff, input({ level: "NATIONAL", sourceFile: SOURCE, sourceQuote: "原文中没有这句话" })), "sourceQuote", d.quoteNotFound);
    const guizhou = await db.prisma.region.findUniqueOrThrow({ where: { code: "520000" } });
    const gzHospital = await db.prisma.hospital.create({ data: { code: "GZ-TEST", name: "贵州测试医院", kind: "GENERAL", regionId: guizhou.id } });
    await expectFieldError(createDesignation(staff, input({ hospitalId: gzHospital.id })), "hospitalId", d.hospitalOutOfScope);
  });

  it("lists with filters by level, status, hospital, specialty and plan", async () => {
    const q = (over: Record<string, string>) => listManagedDesignations(staff, ZDesignationListQuery.parse(over));
    expect((await q({ specialty: specialtyId })).rows.map((x) => x.id)).toEqual([designationId]);
    expect((await q({ specialty: specialtyId, status: "RECOGNIZED" })).rows).toHaveLength(0);
    expect((await q({ hospital: hospitalId, level: "CITY", plan: planId })).rows.some((x) => x.id === designationId)).toBe(true);
    expect((await listManagedDesignations(gzStaff, ZDesignationListQuery.parse({ specialty: specialtyId }))).rows).toHaveLength(0);
  });

  it("saves a change of status under optimistic concurrency; refuses a stale form and other regions", async () => {
    const form = await editForm(designationId, { status: "RECOGNIZED" });
    const stale = await editForm(designationId, { status: "BUILDING" });
    await updateDesignation(staff, form);
    const [event] = await auditsOf(db.prisma, "designation.update", designationId);
    expect([event.before, event.after]).toEqual([{ status: "CULTIVATING" }, { status: "RECOGNIZED" }]);
    expect((await rejection(updateDesignation(staff, stale))).code).toBe("CONFLICT");
    await expectDenied(db.prisma, () => updateDesignation(leader, stale), { code: "FORBIDDEN", action: "designation.update", entityId: designationId });
    await expectDenied(db.prisma, () => updateDesignation(gzStaff, stale), { code: "NOT_FOUND", action: "designation.update", entityId: designationId });
    await expectDenied(db.prisma, () => archiveDesignation(gzStaff, designationId), { code: "NOT_FOUND", action: "designation.archive", entityId: designationId });
  });

  it("archives instead of deleting: off the hospital dashboard, still in the hospital's history, restorable", async () => {
    const onDashboard = async () => (await getHospitalDashboard(leader, hospitalId))!.designations.some((x) => x.specialty === "测试专病");
    expect(await onDashboard()).toBe(true);
    await archiveDesignation(staff, designationId);
    expect(await onDashboard()).toBe(false);
    expect((await hospitalDesignations(staff, hospitalId)).find((x) => x.id === designationId)!.archivedAt).not.toBeNull();
    expect((await listManagedDesignations(staff, ZDesignationListQuery.parse({ specialty: specialtyId }))).rows).toHaveLength(0);
    await restoreDesignation(staff, designationId);
    expect(await onDashboard()).toBe(true);
    expect(await auditsOf(db.prisma, "designation.archive", designationId)).toHaveLength(1);
    expect(await auditsOf(db.prisma, "designation.restore", designationId)).toHaveLength(1);
  });
});
