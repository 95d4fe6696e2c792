import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getOrCreateReport, getReportForm, listReportTransitions, listValueHistory, ReportConflictError, ReportValidationError, reviewReports, saveReportDraft, submitReport, type ReportForm } from "@/lib/dal/reports";
import { verifyAuditLog } from "@/lib/audit/verify";
import type { TReportSave } from "@/lib/validation/reports";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { rejection } from "../helpers/rejection";

let db: TestDatabase;
let wmu1: SessionUser;
let staff: SessionUser;
let periodId: string;

/** A complete, valid save of the whole form. */
function filled(form: ReportForm, over: Partial<TReportSave> = {}): TReportSave {
  return {
    reportId: form.report.id,
    version: form.report.version,
    values: form.items.map((i) =>
      i.kind === "MILESTONE" ? { assignmentId: i.assignmentId, milestoneDone: true, milestoneDate: "2026-10-01", note: null } : { assignmentId: i.assignmentId, value: "35", note: null },
    ),
    progress: "本季度完成了人才招引工作。",
    problems: "",
    nextSteps: "继续推进。",
    ...over,
  };
}

function previousQuarterOf(form: ReportForm) {
  const [year, quarter] = form.report.periodLabel.match(/\d+/g)!.map(Number);
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
}

const transitionsOf = (reportId: string) => db.prisma.reportTransition.findMany({ where: { reportId }, orderBy: { createdAt: "asc" } });
const auditsOf = (action: string, entityId: string) => db.prisma.auditEvent.count({ where: { action, entityId, outcome: "SUCCESS" } });

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  wmu1 = await actorFor(db.prisma, "wmu1");
  staff = await actorFor(db.prisma, "staff");
  const region = await db.prisma.region.findUniqueOrThrow({ where: { code: "330300" }, select: { id: true } });
  const open = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { regionId: region.id, status: "OPEN" }, select: { id: true, year: true, quarter: true } });
  periodId = open.id;
  // The test owns wmu1's history: whatever the demo layer wrote goes, and one approved
  // report in the previous quarter gives the form a last approved value.
  await db.prisma.progressReport.deleteMany({ where: { OR: [{ hospitalId: wmu1.hospitalId }, { periodId }] } });
  const previous = open.quarter === 1 ? { year: open.year - 1, quarter: 4 } : { year: open.year, quarter: open.quarter - 1 };
  const before = await db.prisma.reportingPeriod.findUniqueOrThrow({ where: { regionId_year_quarter: { regionId: region.id, ...previous } }, select: { id: true } });
  const quota = await db.prisma.assignment.findFirstOrThrow({ where: { hospitalId: wmu1.hospitalId, target: { code: "A4T-LG-4-T3" } }, select: { id: true, targetId: true } });
  await db.prisma.progressReport.create({
    data: { periodId: before.id, hospitalId: wmu1.hospitalId, status: "APPROVED", submittedAt: new Date(), values: { create: { assignmentId: quota.id, targetId: quota.targetId, value: "24" } } },
  });
  // An older approved value that the form must not show as the last one.
  const older = previous.quarter === 1 ? { year: previous.year - 1, quarter: 4 } : { year: previous.year, quarter: previous.quarter - 1 };
  const olderPeriod = await db.prisma.reportingPeriod.upsert({
    where: { regionId_year_quarter: { regionId: region.id, ...older } }, update: {},
    create: { regionId: region.id, ...older, opensOn: new Date("2025-01-01"), deadline: new Date("2025-01-15"), status: "CLOSED" }, select: { id: true },
  });
  await db.prisma.progressReport.create({
    data: { periodId: olderPeriod.id, hospitalId: wmu1.hospitalId, status: "APPROVED", submittedAt: new Date(), values: { create: { assignmentId: quota.id, targetId: quota.targetId, value: "12.5" } } },
  });
});
afterAll(() => db?.close());

describe("the reporter's form", () => {
  it("creates one draft however many times it is opened at once", async () => {
    const forms = await Promise.all([getOrCreateReport(wmu1, periodId), getOrCreateReport(wmu1, periodId), getOrCreateReport(wmu1, periodId)]);
    expect(new Set(forms.map((f) => f.report.id)).size).toBe(1);
    expect(await db.prisma.progressReport.count({ where: { periodId, hospitalId: wmu1.hospitalId } })).toBe(1);
    expect(await auditsOf("report.create", forms[0].report.id)).toBe(1);
    const form = forms[0];
    expect(form.report).toMatchObject({ status: "DRAFT", version: 1, editable: true, reporterName: expect.stringContaining("温州医科大学附属第一医院") });
    expect(form.items.map((i) => i.targetCode)).toEqual(["A1-01-T2", "A1-02-T1", "A4T-LG-4-T3"]);
    expect(form.items[2]).toMatchObject({ kind: "YEARLY_QUOTA", value: "30", unit: "人/年", lastApproved: { value: "24", milestoneDone: null, ...previousQuarterOf(form) }, current: { value: null } });
    const period = await db.prisma.reportingPeriod.findUniqueOrThrow({ where: { id: periodId }, select: { deadline: true } });
    expect(form.report).toMatchObject({ periodStatus: "OPEN", deadline: period.deadline, reviewerName: null, submittedAt: null });
  });

  it("saves a draft with its values and audit record, and refuses a stale save keeping the stored form", async () => {
    const form = await getOrCreateReport(wmu1, periodId);
    const saved = await saveReportDraft(wmu1, filled(form));
    expect(saved.version).toBe(form.report.version + 1);
    const stored = (await getReportForm(wmu1, form.report.id))!;
    expect(stored.items[2].current.value).toBe("35");
    expect(stored.items[0].current).toMatchObject({ milestoneDone: true, milestoneDate: "2026-10-01" });
    expect(await auditsOf("report.save", form.report.id)).toBe(1);

    // Two tabs based on the same version: the first wins, the second is told and shown what is stored.
    const [a, b] = await Promise.allSettled([
      saveReportDraft(wmu1, filled(stored, { progress: "甲的进展" })),
      saveReportDraft(wmu1, filled(stored, { progress: "乙的进展" })),
    ]);
    const outcomes = [a, b].map((r) => r.status);
    expect(outcomes.sort()).toEqual(["fulfilled", "rejected"]);
    const refused = [a, b].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ReportConflictError);
    const current = (refused.reason as ReportConflictError).current;
    expect(current.report.version).toBe(stored.report.version + 1);
    expect(["甲的进展", "乙的进展"]).toContain(current.progress);
    expect((await getReportForm(wmu1, form.report.id))!.report.version).toBe(stored.report.version + 1);
  });

  it("answers validation in Chinese per field", async () => {
    const form = (await getReportForm(wmu1, (await getOrCreateReport(wmu1, periodId)).report.id))!;
    const quota = form.items[2].assignmentId;
    const e = await rejection(saveReportDraft(wmu1, filled(form, { values: [{ assignmentId: quota, value: "-3" }] })));
    expect(e).toBeInstanceOf(ReportValidationError);
    expect((e as ReportValidationError).fieldErrors).toEqual({ [`${quota}.value`]: "不能为负数" });
    const below = await rejection(saveReportDraft(wmu1, filled(form, { values: [{ assignmentId: quota, value: "20" }] })));
    expect((below as ReportValidationError).fieldErrors).toEqual({ [`${quota}.note`]: "低于上次审核通过的累计值 24，请在说明中写明原因" });
    const long = await rejection(saveReportDraft(wmu1, filled(form, { problems: "问".repeat(4001) })));
    expect((long as ReportValidationError).fieldErrors).toEqual({ problems: "不能超过 4000 个字" });
    const text = await rejection(saveReportDraft(wmu1, filled(form, { values: [{ assignmentId: quota, value: "三十" }] })));
    expect((text as ReportValidationError).fieldErrors[`${quota}.value`]).toBe("请填写数字");
    // Below last quarter's approved value is fine with an explanation.
    await expect(saveReportDraft(wmu1, filled(form, { values: [{ assignmentId: quota, value: "20", note: "统计口径调整" }] }))).resolves.toEqual({ version: form.report.version + 1 });
  });
});

describe("submitting and reviewing", () => {
  it("submits once for a double click, with one transition and one audit record", async () => {
    const form = (await getReportForm(wmu1, (await getOrCreateReport(wmu1, periodId)).report.id))!;
    const [first, second] = await Promise.all([
      submitReport(wmu1, { reportId: form.report.id, version: form.report.version }),
      submitReport(wmu1, { reportId: form.report.id, version: form.report.version }),
    ]);
    expect(second).toEqual(first);
    const again = await submitReport(wmu1, { reportId: form.report.id, version: form.report.version });
    expect(again).toEqual(first);
    const transitions = await transitionsOf(form.report.id);
    expect(transitions.map((t) => `${t.fromStatus}→${t.toStatus}`)).toEqual(["DRAFT→SUBMITTED"]);
    expect(await auditsOf("report.submit", form.report.id)).toBe(1);
    const after = (await getReportForm(wmu1, form.report.id))!;
    expect(after.report).toMatchObject({ status: "SUBMITTED", editable: false });
    const refused = await rejection(saveReportDraft(wmu1, filled(after)));
    expect(refused).toMatchObject({ code: "CONFLICT", message: "本填报已提交或已审核，不能修改" });
  });

  it("leaves exactly one outcome when approve and return race, and records the reviewer", async () => {
    const form = (await getReportForm(staff, (await getOrCreateReport(wmu1, periodId)).report.id))!;
    const results = await Promise.all([
      reviewReports(staff, { reportIds: [form.report.id], decision: "APPROVE" }),
      reviewReports(staff, { reportIds: [form.report.id], decision: "RETURN", reason: "数值口径不清" }),
    ]);
    const applied = results.flat().filter((r) => r.applied);
    expect(applied).toHaveLength(1);
    const stored = await db.prisma.progressReport.findUniqueOrThrow({ where: { id: form.report.id }, select: { status: true, reviewedById: true, reviewedAt: true, returnReason: true } });
    expect(stored.status).toBe(applied[0].status);
    expect(stored.reviewedById).toBe(staff.id);
    expect(stored.reviewedAt).toBeInstanceOf(Date);
    const reviews = (await transitionsOf(form.report.id)).filter((t) => t.fromStatus === "SUBMITTED");
    expect(reviews).toHaveLength(1);
    // Put the report in the returned state for the next test, whichever outcome won the race.
    if (stored.status === "APPROVED") {
      await db.prisma.progressReport.update({ where: { id: form.report.id }, data: { status: "SUBMITTED" } });
      await reviewReports(staff, { reportIds: [form.report.id], decision: "RETURN", reason: "数值口径不清" });
    }
  });

  it("requires a reason to return, shows it to the reporter, and lists what changed on resubmission", async () => {
    const id = (await getOrCreateReport(wmu1, periodId)).report.id;
    const noReason = await rejection(reviewReports(staff, { reportIds: [id], decision: "RETURN", reason: "" }));
    expect(noReason).toBeInstanceOf(ReportValidationError);
    expect((noReason as ReportValidationError).fieldErrors).toEqual({ reason: "退回时请填写退回原因" });

    const returned = (await getReportForm(wmu1, id))!;
    expect(returned.report).toMatchObject({ status: "RETURNED", returnReason: "数值口径不清", editable: true, reviewerName: expect.any(String) });
    const quota = returned.items[2].assignmentId;
    const saved = await saveReportDraft(wmu1, filled(returned, { progress: returned.progress, values: [{ assignmentId: quota, value: "32", note: "按招引口径更正" }] }));
    await submitReport(wmu1, { reportId: id, version: saved.version });
    const latest = (await listReportTransitions(staff, id))[0];
    expect(latest).toMatchObject({ fromStatus: "RETURNED", toStatus: "SUBMITTED" });
    expect(latest.changed).toEqual([
      { assignmentId: quota, field: "value", before: "20", after: "32" },
      { assignmentId: quota, field: "note", before: "统计口径调整", after: "按招引口径更正" },
    ]);
    const [outcome] = await reviewReports(staff, { reportIds: [id], decision: "APPROVE" });
    expect(outcome).toEqual({ reportId: id, applied: true, status: "APPROVED" });
    expect((await listValueHistory(wmu1, quota))[0]).toMatchObject({ status: "APPROVED", value: "32" });
  });
});

describe("a crash mid-transaction", () => {
  it("leaves the previous state: no status change, no transition, no audit record", async () => {
    const zxyy = await actorFor(db.prisma, "zxyy");
    const form = await getOrCreateReport(zxyy, periodId);
    const saved = await saveReportDraft(zxyy, { reportId: form.report.id, version: form.report.version, values: [], progress: "进展", problems: "", nextSteps: "" });
    // The database fails after the status UPDATE, while the transition is written.
    await db.sql.exec(`CREATE FUNCTION crash() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated crash'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER crash BEFORE INSERT ON "ReportTransition" FOR EACH ROW EXECUTE FUNCTION crash();`);
    try {
      await expect(submitReport(zxyy, { reportId: form.report.id, version: saved.version })).rejects.toThrow(/simulated crash/);
    } finally {
      await db.sql.exec(`DROP TRIGGER crash ON "ReportTransition"; DROP FUNCTION crash();`);
    }
    const stored = (await getReportForm(zxyy, form.report.id))!;
    expect(stored.report).toMatchObject({ status: "DRAFT", version: saved.version, submittedAt: null });
    expect(await transitionsOf(form.report.id)).toEqual([]);
    expect(await auditsOf("report.submit", form.report.id)).toBe(0);
    // And it goes through once the database is well again.
    await expect(submitReport(zxyy, { reportId: form.report.id, version: saved.version })).resolves.toMatchObject({ status: "SUBMITTED" });
  });
});

describe("the audit log", () => {
  it("still verifies after every write above", async () => {
    const result = await verifyAuditLog(db.prisma);
    expect(result.breaks).toEqual([]);
    expect(await db.prisma.auditEvent.count({ where: { action: { startsWith: "report." } } })).toBeGreaterThan(8);
  });
});
