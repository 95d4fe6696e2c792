import "server-only";
import { AUDIT_ACTIONS } from "../audit/actions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError } from "../errors";
import { m } from "../i18n";
import { assertCanAudited, recordDenied } from "./access-audit";
import { getReportForm, type ReportForm } from "./reports";
import { reportAssignments, reporterKey } from "./reports/scope";
import { planRegionScope } from "./scope";

/**
 * The two reads /api/v1 needs beyond the form's own functions: a reporter's assignments in a
 * period, and their report for a period without creating it (GET must not write).
 */
export interface ApiAssignment {
  assignmentId: string;
  targetId: string;
  targetCode: string;
  planCode: string;
  taskCode: string;
  metric: string;
  comparator: string;
  value: string | null;
  valueHigh: string | null;
  unit: string;
  deadlineYear: number;
  kind: string;
  shareValue: string | null;
}

const decimal = (d: { toString(): string } | null) => (d === null ? null : d.toString());

async function myPeriod(actor: SessionUser, periodId: string, action: string) {
  await assertCanAudited(actor, "report:fill", { action, entityType: "ReportingPeriod", entityId: periodId });
  const key = reporterKey(actor);
  const period = key ? await db.reportingPeriod.findFirst({ where: { id: periodId, region: planRegionScope(actor) }, select: { id: true, regionId: true } }) : null;
  if (!key || !period) {
    await recordDenied(actor, { action, entityType: "ReportingPeriod", entityId: periodId }, "outOfScope");
    throw new AppError("NOT_FOUND", m.apiV1.notFound);
  }
  return { key, period };
}

export async function listMyAssignments(actor: SessionUser, periodId: string): Promise<ApiAssignment[]> {
  const { key, period } = await myPeriod(actor, periodId, AUDIT_ACTIONS.accessDenied);
  const rows = await db.assignment.findMany({
    where: reportAssignments("hospitalId" in key ? { hospitalId: key.hospitalId, unitId: null } : { hospitalId: null, unitId: key.unitId }, period.regionId),
    orderBy: { target: { code: "asc" } },
    select: {
      id: true, shareValue: true,
      target: { select: { id: true, code: true, metric: true, comparator: true, value: true, valueHigh: true, unit: true, deadlineYear: true, kind: true, plan: { select: { code: true } }, task: { select: { code: true } } } },
    },
  });
  return rows.map((a) => ({
    assignmentId: a.id, targetId: a.target.id, targetCode: a.target.code, planCode: a.target.plan.code, taskCode: a.target.task?.code ?? "",
    metric: a.target.metric, comparator: a.target.comparator, value: decimal(a.target.value), valueHigh: decimal(a.target.valueHigh),
    unit: a.target.unit, deadlineYear: a.target.deadlineYear, kind: a.target.kind, shareValue: decimal(a.shareValue),
  }));
}

/** The reporter's report for the period, or NOT_FOUND when there is none yet (POST creates it). */
export async function getMyReportForPeriod(actor: SessionUser, periodId: string): Promise<ReportForm> {
  const { key } = await myPeriod(actor, periodId, AUDIT_ACTIONS.accessDenied);
  const report = await db.progressReport.findFirst({ where: { periodId, ...key }, select: { id: true } });
  const form = report ? await getReportForm(actor, report.id) : null;
  if (!form) throw new AppError("NOT_FOUND", m.apiV1.notFound);
  return form;
}
