import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { closePeriod, createPeriod, extendDeadline, listPeriods, openPeriod } from "@/lib/dal/periods";
import {
  getCompleteness, getOrCreateReport, getReportForm, listMyPeriods, listNotifications, listReviewQueue, listValueHistory, ReportValidationError,
  reviewReports, saveReportDraft, submitReport,
} from "@/lib/dal/reports";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { rejection } from "../helpers/rejection";

let db: TestDatabase;
const as: Record<string, SessionUser> = {};
let periodId: string;
let zxyyReportId: string;

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  for (const u of ["wmu1", "zxyy", "wjw", "staff", "leader", "gz-staff", "admin", "auditor"]) as[u] = await actorFor(db.prisma, u);
  const region = await db.prisma.region.findUniqueOrThrow({ where: { code: "330300" }, select: { id: true } });
  periodId = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { regionId: region.id, status: "OPEN" }, select: { id: true } })).id;
  // The demo layer may have written reports of its own; this file starts from none.
  await db.prisma.progressReport.deleteMany({ where: { periodId } });
  zxyyReportId = (await getOrCreateReport(as.zxyy, periodId)).report.id;
});
afterAll(() => db?.close());

describe("another hospital's report is simply not there", () => {
  it("refuses wmu1 reading, saving and submitting zxyy's report with NOT_FOUND, audited", async () => {
    expect(await getReportForm(as.wmu1, zxyyReportId)).toBeNull();
    const save = await rejection(saveReportDraft(as.wmu1, { reportId: zxyyReportId, version: 1, values: [], progress: "篡改", problems: "", nextSteps: "" }));
    expect(save.code).toBe("NOT_FOUND");
    const submit = await rejection(submitReport(as.wmu1, { reportId: zxyyReportId, version: 1 }));
    expect(submit.code).toBe("NOT_FOUND");
    expect(await listValueHistory(as.wmu1, "any")).toEqual([]);
    const stored = await db.prisma.progressReport.findUniqueOrThrow({ where: { id: zxyyReportId }, select: { progress: true, version: true, status: true } });
    expect(stored).toEqual({ progress: "", version: 1, status: "DRAFT" });
    expect(await db.prisma.auditEvent.count({ where: { entityId: zxyyReportId, outcome: "DENIED", userId: as.wmu1.id } })).toBeGreaterThanOrEqual(3);
  });

  it("keeps another region's staff out of review, and reporters out of review entirely", async () => {
    await db.prisma.progressReport.update({ where: { id: zxyyReportId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    expect(await getReportForm(as["gz-staff"], zxyyReportId)).toBeNull();
    expect((await rejection(reviewReports(as["gz-staff"], { reportIds: [zxyyReportId], decision: "APPROVE" }))).code).toBe("NOT_FOUND");
    expect((await rejection(reviewReports(as.wmu1, { reportIds: [zxyyReportId], decision: "APPROVE" }))).code).toBe("FORBIDDEN");
    expect(await listReviewQueue(as["gz-staff"], { periodId })).toEqual([]);
    const queue = await listReviewQueue(as.staff, { periodId });
    expect(queue.map((r) => r.id)).toContain(zxyyReportId);
    expect((await rejection(getReportForm(as.auditor, zxyyReportId))).code).toBe("FORBIDDEN");
    await db.prisma.progressReport.update({ where: { id: zxyyReportId }, data: { status: "DRAFT", submittedAt: null } });
  });
});

describe("periods", () => {
  it("lists the reporter's open period with days left and their report", async () => {
    const mine = await listMyPeriods(as.zxyy);
    const open = mine.find((p) => p.periodId === periodId)!;
    expect(open).toMatchObject({ status: "OPEN", report: { id: zxyyReportId, status: "DRAFT" } });
    expect(typeof open.daysLeft).toBe("number");
    const wmu1 = (await listMyPeriods(as.wmu1)).find((p) => p.periodId === periodId)!;
    expect(wmu1).toMatchObject({ report: null, targetCount: 3 });
    const notices = await listNotifications(as.wmu1);
    expect(notices[0].text).toMatch(/填报开放中，(剩余\d+天|今天截止|已逾期\d+天)/);
  });

  it("creates a period with the default deadline, opens, extends and closes it; a closed period accepts no changes", async () => {
    expect((await rejection(createPeriod(as.wmu1, { year: 2030, quarter: 1 }))).code).toBe("FORBIDDEN");
    const { id } = await createPeriod(as.staff, { year: 2030, quarter: 1 });
    const created = (await listPeriods(as.staff)).find((p) => p.id === id)!;
    expect(created).toMatchObject({ status: "PLANNED", label: "2030年第1季度" });
    expect(created.deadline.toISOString().slice(0, 10)).toBe("2030-04-10");
    expect((await rejection(createPeriod(as.staff, { year: 2030, quarter: 1 }))).message).toBe("该季度的填报周期已存在");
    await openPeriod(as.staff, id);
    expect((await rejection(extendDeadline(as.staff, { periodId: id, deadline: "2030-04-01" }))).message).toBe("延期后的截止日期须晚于原截止日期");
    await extendDeadline(as.staff, { periodId: id, deadline: "2030-04-20" });
    const form = await getOrCreateReport(as.wmu1, id);
    await closePeriod(as.admin, id);
    expect((await rejection(openPeriod(as.staff, id))).code).toBe("CONFLICT");
    const refused = await rejection(saveReportDraft(as.wmu1, { reportId: form.report.id, version: form.report.version, values: [], progress: "晚了", problems: "", nextSteps: "" }));
    expect(refused).toMatchObject({ code: "CONFLICT", message: "本填报周期未开放或已关闭，不能修改" });
    expect((await rejection(submitReport(as.wmu1, { reportId: form.report.id, version: form.report.version }))).code).toBe("CONFLICT");
    expect((await getReportForm(as.wmu1, form.report.id))!.report.editable).toBe(false);
    expect((await rejection(closePeriod(as["gz-staff"], id))).code).toBe("NOT_FOUND");
    expect(await db.prisma.auditEvent.count({ where: { entityId: id, action: { startsWith: "period." }, outcome: "SUCCESS" } })).toBe(4);
  });

  it("refuses an incomplete submit field by field", async () => {
    const form = await getOrCreateReport(as.wmu1, periodId);
    const e = await rejection(submitReport(as.wmu1, { reportId: form.report.id, version: form.report.version }));
    expect(e).toBeInstanceOf(ReportValidationError);
    const errors = (e as ReportValidationError).fieldErrors;
    expect(errors.progress).toBe("提交前请填写本季度工作进展");
    expect(errors[`${form.items[2].assignmentId}.value`]).toBe("提交前请填写");
    expect(errors[`${form.items[0].assignmentId}.milestoneDone`]).toBe("提交前请选择完成情况");
  });
});

describe("completeness", () => {
  it("counts hospitals and units by state for staff and leaders of the region", async () => {
    const c = (await getCompleteness(as.leader, periodId))!;
    const wmu1 = c.rows.find((r) => r.id === as.wmu1.hospitalId)!;
    expect(wmu1.state).toBe("DRAFT");
    const wjw = c.rows.find((r) => r.id === as.wjw.unitId)!;
    expect(wjw.state).toBe("NOT_STARTED");
    expect(Object.values(c.counts).reduce((a, b) => a + b, 0)).toBe(c.rows.length);
    expect(c.byRegion.length).toBeGreaterThan(0);
    expect(await getCompleteness(as["gz-staff"], periodId)).toBeNull();
    expect((await rejection(getCompleteness(as.wmu1, periodId))).code).toBe("FORBIDDEN");
  });
});
