import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import { assertCan, can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { daysLeft } from "../../domain/report-workflow";
import { AppError } from "../../errors";
import { Prisma } from "../../generated/prisma/client";
import type { PeriodStatus, ReportStatus } from "../../generated/prisma/enums";
import { formatQuarter, m } from "../../i18n";
import { assertCanAudited, auditActorOf, recordDenied } from "../access-audit";
import { planRegionScope } from "../scope";
import { loadReportForm } from "./form";
import { reportAssignments, reporterKey, reportScope } from "./scope";
import type { ReportForm } from "./types";

const e = m.reports.errors;

export interface MyPeriod {
  periodId: string;
  label: string;
  year: number;
  quarter: number;
  status: PeriodStatus;
  opensOn: Date;
  deadline: Date;
  /** Days to the deadline (China calendar); negative when overdue. */
  daysLeft: number;
  targetCount: number;
  report: { id: string; status: ReportStatus; version: number; submittedAt: Date | null; returnReason: string | null } | null;
}

/** The reporter's home: open periods and the last few closed ones of their commission, with their report in each. */
export async function listMyPeriods(actor: SessionUser, now = new Date()): Promise<MyPeriod[]> {
  assertCan(actor, "report:fill");
  const key = reporterKey(actor);
  if (!key) return [];
  const periods = await db.reportingPeriod.findMany({
    where: { region: planRegionScope(actor), status: { in: ["OPEN", "CLOSED"] } },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    take: 24,
    select: { id: true, year: true, quarter: true, status: true, opensOn: true, deadline: true, regionId: true, reports: { where: key, select: { id: true, status: true, version: true, submittedAt: true, returnReason: true } } },
  });
  // Closed periods matter only where there is a report to look at; keep the list short.
  const recentClosed = periods.filter((p) => p.status === "CLOSED" && p.reports.length > 0).slice(0, 4);
  const visible = periods.filter((p) => p.status === "OPEN" || recentClosed.includes(p));
  const counts = new Map<string, number>();
  for (const regionId of new Set(visible.map((p) => p.regionId))) {
    counts.set(regionId, await db.assignment.count({ where: reportAssignments("hospitalId" in key ? { hospitalId: key.hospitalId, unitId: null } : { hospitalId: null, unitId: key.unitId }, regionId) }));
  }
  return visible.map((p) => ({
    periodId: p.id, label: formatQuarter(p.year, p.quarter), year: p.year, quarter: p.quarter, status: p.status, opensOn: p.opensOn, deadline: p.deadline,
    daysLeft: daysLeft(p.deadline, now), targetCount: counts.get(p.regionId) ?? 0, report: p.reports[0] ?? null,
  }));
}

/** One report's form, or null when the user may not see it (another hospital's id is simply not there). */
export async function getReportForm(actor: SessionUser, reportId: string): Promise<ReportForm | null> {
  const scope = reportScope(actor);
  if (!scope || !(can(actor, "report:fill") || can(actor, "report:review") || can(actor, "dashboard:read"))) {
    await recordDenied(actor, { action: AUDIT_ACTIONS.accessDenied, entityType: "ProgressReport", entityId: reportId }, "forbidden");
    throw new AppError("FORBIDDEN", m.reports.errors.notReporter);
  }
  const form = await loadReportForm(db, actor, { AND: [{ id: reportId }, scope] });
  if (!form) await recordDenied(actor, { action: AUDIT_ACTIONS.accessDenied, entityType: "ProgressReport", entityId: reportId }, "outOfScope");
  return form;
}

/**
 * The reporter's report for a period, created as a DRAFT on first access. Two tabs opening
 * it at once both end up on the same report: the unique (period, hospital|unit) key makes
 * the second insert fail, and it reads the first one's row.
 */
export async function getOrCreateReport(actor: SessionUser, periodId: string): Promise<ReportForm> {
  await assertCanAudited(actor, "report:fill", { action: AUDIT_ACTIONS.reportCreate, entityType: "ReportingPeriod", entityId: periodId });
  const key = reporterKey(actor);
  if (!key) throw new AppError("FORBIDDEN", e.notReporter);
  const period = await db.reportingPeriod.findFirst({ where: { id: periodId, region: planRegionScope(actor) }, select: { id: true, status: true } });
  if (!period) {
    await recordDenied(actor, { action: AUDIT_ACTIONS.reportCreate, entityType: "ReportingPeriod", entityId: periodId }, "outOfScope");
    throw new AppError("NOT_FOUND", e.notFound);
  }
  const where = { periodId, ...key };
  const existing = await loadReportForm(db, actor, where);
  if (existing) return existing;
  if (period.status !== "OPEN") throw new AppError("CONFLICT", e.periodClosed);
  const audit = await auditActorOf(actor);
  try {
    await db.$transaction(async (tx) => {
      const created = await tx.progressReport.create({ data: { periodId, ...key }, select: { id: true } });
      await recordAudit(tx, audit, { action: AUDIT_ACTIONS.reportCreate, outcome: "SUCCESS", entityType: "ProgressReport", entityId: created.id, after: { periodId, ...key, status: "DRAFT" } });
    });
  } catch (err) {
    if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")) throw err;
  }
  const form = await loadReportForm(db, actor, where);
  if (!form) throw new AppError("NOT_FOUND", e.notFound);
  return form;
}
