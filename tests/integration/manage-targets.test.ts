import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { archiveAssignment, createAssignment, getTargetAssignments } from "@/lib/dal/manage/assignments";
import { archiveHospital, createHospital, listManagedHospitals, updateHospital } from "@/lib/dal/manage/hospitals";
import { archiveTarget, getEditableTarget, updateTarget } from "@/lib/dal/manage/targets";
import { getTarget } from "@/lib/dal/targets";
import { targetInForce } from "@/lib/domain/target-in-force";
import { AppError } from "@/lib/errors";
import { ZHospitalCreate, ZHospitalListQuery } from "@/lib/validation/hospitals";
import { ZAssignmentCreate, ZTargetUpdate } from "@/lib/validation/target-edit";
import { seedDatabase } from "@/seed";
import { actorFor, addStaff } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { rejection as rejectionOf } from "../helpers/rejection";
import { targetForm } from "../helpers/target-form";

let db: TestDatabase;
let staff: SessionUser;
let tjStaff: SessionUser;
let leader: SessionUser;
let targetId: string;

const rejection = (promise: Promise<unknown>) => rejectionOf<AppError & { field?: string }>(promise);

const audits = (action: string, entityId?: string, outcome: "SUCCESS" | "DENIED" = "SUCCESS") =>
  db.prisma.auditEvent.findMany({ where: { action, outcome, ...(entityId ? { entityId } : {}) }, orderBy: { id: "asc" } });

const formFor = (id: string, over: Record<string, string> = {}) => targetForm(staff, id, over);

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  tjStaff = await addStaff(db.prisma, { username: "tj-staff", displayName: "天津业务人员", regionCode: "120000" });
  staff = await actorFor(db.prisma, "staff");
  leader = await actorFor(db.prisma, "leader");
  const target = await db.prisma.target.findFirstOrThrow({ where: { kind: "COUNT", comparator: "GTE", plan: { region: { code: "330300" } } }, orderBy: { code: "asc" }, select: { id: true } });
  targetId = target.id;
}, 120_000);
afterAll(() => db?.close());

describe("revising a target", () => {
  it("refuses a revision without a reason and writes nothing", async () => {
    const input = await formFor(targetId, { value: "99" });
    const e = await rejection(updateTarget(staff, input));
    expect(e.code).toBe("INVALID");
    expect(e.field).toBe("reason");
    expect((await getEditableTarget(staff, targetId))!.version).toBe(1);
  });

  it("keeps the old value in a revision, bumps the version and audits the change", async () => {
    const before = (await getEditableTarget(staff, targetId))!;
    const input = await formFor(targetId, { value: "９９", reason: "市政府调整目标", effectiveFrom: "2025-01-01" });
    expect(await updateTarget(staff, input)).toEqual({ version: 2, revised: true });
    const after = (await getEditableTarget(staff, targetId))!;
    expect(after.value).toBe(99);
    expect(after.version).toBe(2);
    expect(after.revisions).toHaveLength(1);
    expect(after.revisions[0]).toMatchObject({ version: 1, reason: "市政府调整目标", before: { value: before.value }, after: { value: 99 } });
    const [event] = await audits("target.update", targetId);
    expect(event.before).toEqual({ value: before.value });
    expect(event.after).toEqual({ value: 99 });
    // The quarter before the revision is judged against the old value.
    const inForce = targetInForce(after, after.revisions, new Date("2024-12-31"));
    expect(inForce.value).toBe(before.value);
  });

  it("saves a change of wording without a revision", async () => {
    const input = await formFor(targetId, { decisionNote: "口径：按认定文件计数" });
    expect(await updateTarget(staff, input)).toEqual({ version: 3, revised: false });
    expect((await getEditableTarget(staff, targetId))!.revisions).toHaveLength(1);
  });

  it("refuses a stale save: two staff editing the same version, the second one loses", async () => {
    const first = await formFor(targetId, { scope: "全市（修订）" });
    const second = await formFor(targetId, { scope: "全市（另一人）" });
    await updateTarget(staff, first);
    const e = await rejection(updateTarget(staff, second));
    expect(e.code).toBe("CONFLICT");
    expect((await getEditableTarget(staff, targetId))!.scope).toBe("全市（修订）");
  });

  it("refuses a quote that is not verbatim in the chosen source file, and accepts any quote for an unbundled source", async () => {
    const e = await rejection(updateTarget(staff, await formFor(targetId, { sourceQuote: "原文中没有这句话" })));
    expect(e.field).toBe("sourceQuote");
    await updateTarget(staff, await formFor(targetId, { sourceFile: "市政府官网公布稿", sourceQuote: "原文中没有这句话" }));
    expect((await getEditableTarget(staff, targetId))!.sourceFile).toBe("市政府官网公布稿");
  });

  it("rejects invalid input field by field in Chinese", () => {
    const r = ZTargetUpdate.safeParse({ id: targetId, version: "1", metric: "", comparator: "RANGE", value: "≥10", valueHigh: "", deadlineYear: "25", kind: "COUNT", scope: "全市", aggregation: "SUM", sourceFile: "x", sourceQuote: "y" });
    expect(r.success).toBe(false);
    const paths = Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(paths.metric).toBe("此项为必填项");
    expect(paths.value).toContain("比较符号");
    expect(paths.deadlineYear).toBe("请填写四位年份，如 2025");
  });

  it("lets nobody else change it: a leader is refused (audited), 天津 staff get a 404 (audited)", async () => {
    const input = await formFor(targetId, { scope: "越权" });
    expect((await rejection(updateTarget(leader, input))).code).toBe("FORBIDDEN");
    expect(await audits("target.update", targetId, "DENIED")).toHaveLength(1);
    expect((await rejection(updateTarget(tjStaff, input))).code).toBe("NOT_FOUND");
    expect(await getEditableTarget(tjStaff, targetId)).toBeNull();
    const denied = await db.prisma.auditEvent.findMany({ where: { action: "target.update", entityId: targetId, outcome: "DENIED" } });
    expect(denied.map((d) => (d.detail as { reason: string }).reason).sort()).toEqual(["forbidden", "outOfScope"]);
  });
});

describe("assignments and hospitals", () => {
  let hospitalId: string;

  it("creates a hospital in the staff member's region and refuses one in another region", async () => {
    const wenzhou = await db.prisma.region.findUniqueOrThrow({ where: { code: "330302" }, select: { id: true } });
    const input = ZHospitalCreate.parse({ code: "wz-new-1", name: "温州市测试医院", shortName: "测试医院", aliases: "测试院、新院", kind: "GENERAL", level: "SECONDARY_A", regionId: wenzhou.id });
    hospitalId = await createHospital(staff, input);
    expect((await audits("hospital.create", hospitalId))).toHaveLength(1);
    const again = await rejection(createHospital(staff, { ...input, name: "另一家" }));
    expect(again.field).toBe("code");
    const wrongRegion = await rejection(createHospital(tjStaff, { ...input, code: "TJ-NEW" }));
    expect(wrongRegion.field).toBe("regionId");
    expect((await rejection(updateHospital(tjStaff, { id: hospitalId, ...input, name: "改名", updatedAt: new Date() }))).code).toBe("NOT_FOUND");
  });

  it("assigns the target to the hospital with a share, refuses a duplicate, shows it on the target page", async () => {
    const id = await createAssignment(staff, ZAssignmentCreate.parse({ targetId, assignee: "HOSPITAL", hospitalId, shareValue: "２" }));
    expect((await audits("assignment.create", id))).toHaveLength(1);
    const dup = await rejection(createAssignment(staff, ZAssignmentCreate.parse({ targetId, assignee: "HOSPITAL", hospitalId })));
    expect(dup.field).toBe("hospitalId");
    const page = await getTarget(staff, targetId);
    expect(page!.assignees).toContainEqual({ kind: "HOSPITAL", name: "温州市测试医院", shareValue: 2 });
    expect((await rejection(createAssignment(tjStaff, ZAssignmentCreate.parse({ targetId, assignee: "HOSPITAL", hospitalId })))).code).toBe("NOT_FOUND");
  });

  it("archives instead of deleting: an assignment with report values, a hospital, a target", async () => {
    const assignment = (await getTargetAssignments(staff, targetId))!.rows.find((r) => r.name === "温州市测试医院")!;
    const period = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { region: { code: "330300" } }, select: { id: true } });
    const report = await db.prisma.progressReport.create({ data: { periodId: period.id, hospitalId }, select: { id: true } });
    await db.prisma.reportValue.create({ data: { reportId: report.id, assignmentId: assignment.id, targetId, value: 1 } });

    await archiveAssignment(staff, assignment.id);
    expect(await db.prisma.assignment.findUnique({ where: { id: assignment.id }, select: { archivedAt: true } })).toMatchObject({ archivedAt: expect.any(Date) });
    expect(await db.prisma.reportValue.count({ where: { assignmentId: assignment.id } })).toBe(1);
    expect((await getTarget(staff, targetId))!.assignees.some((a) => a.name === "温州市测试医院")).toBe(false);

    await archiveHospital(staff, hospitalId);
    const list = await listManagedHospitals(staff, ZHospitalListQuery.parse({ q: "测试医院" }));
    expect(list.rows).toHaveLength(0);
    const withArchived = await listManagedHospitals(staff, ZHospitalListQuery.parse({ q: "测试医院", archived: "on" }));
    expect(withArchived.rows[0].archivedAt).not.toBeNull();
    expect((await getTargetAssignments(staff, targetId))!.hospitals.some((h) => h.id === hospitalId)).toBe(false);

    await archiveTarget(staff, targetId);
    expect(await db.prisma.target.count({ where: { id: targetId } })).toBe(1);
    expect(await getTarget(staff, targetId)).toBeNull();
    expect((await audits("target.archive", targetId))).toHaveLength(1);
  });
});
