import "server-only";
import type { SessionUser } from "../../auth/session-user";
import { acceptsChanges } from "../../domain/report-workflow";
import type { Prisma } from "../../generated/prisma/client";
import { formatQuarter } from "../../i18n";
import type { Db } from "../../db";
import { earlierPeriods, reportAssignments, reporterKey } from "./scope";
import type { ReportForm, ReportFormItem } from "./types";

type Client = Db | Prisma.TransactionClient;

const byCode = new Intl.Collator("en", { numeric: true }).compare;
const decimal = (d: Prisma.Decimal | null) => (d === null ? null : d.toString());
const isoDay = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 10));

const REPORT_SELECT = {
  id: true, status: true, version: true, periodId: true, hospitalId: true, unitId: true, progress: true, problems: true,
  nextSteps: true, returnReason: true, submittedAt: true, reviewedAt: true,
  period: { select: { year: true, quarter: true, deadline: true, status: true, regionId: true } },
  hospital: { select: { name: true } },
  unit: { select: { name: true } },
  reviewedBy: { select: { displayName: true } },
} satisfies Prisma.ProgressReportSelect;

/**
 * The whole form of one report, read through `where` (which carries the caller's scope):
 * null when the report is not there for this user.
 */
export async function loadReportForm(client: Client, actor: SessionUser, where: Prisma.ProgressReportWhereInput): Promise<ReportForm | null> {
  const r = await client.progressReport.findFirst({ where, select: REPORT_SELECT });
  if (!r) return null;
  const assignments = await client.assignment.findMany({
    where: reportAssignments(r, r.period.regionId),
    select: {
      id: true, shareValue: true,
      target: {
        select: {
          id: true, code: true, metric: true, comparator: true, value: true, valueHigh: true, unit: true, deadlineYear: true, kind: true, sourceQuote: true,
          plan: { select: { code: true, title: true } },
          task: { select: { code: true, title: true } },
        },
      },
    },
  });
  const ids = assignments.map((a) => a.id);
  const [current, approved] = await Promise.all([
    client.reportValue.findMany({ where: { reportId: r.id }, select: { assignmentId: true, value: true, milestoneDone: true, milestoneDate: true, note: true } }),
    client.reportValue.findMany({
      where: { assignmentId: { in: ids }, report: { status: "APPROVED", period: earlierPeriods(r.period.year, r.period.quarter) } },
      select: { assignmentId: true, value: true, milestoneDone: true, report: { select: { period: { select: { year: true, quarter: true } } } } },
    }),
  ]);
  const currentBy = new Map(current.map((c) => [c.assignmentId, c]));
  const lastBy = new Map<string, ReportFormItem["lastApproved"]>();
  for (const a of approved) {
    const { year, quarter } = a.report.period;
    const seen = lastBy.get(a.assignmentId);
    if (!seen || year * 4 + quarter > seen.year * 4 + seen.quarter) lastBy.set(a.assignmentId, { value: decimal(a.value), milestoneDone: a.milestoneDone, year, quarter });
  }
  const items: ReportFormItem[] = assignments.map((a) => {
    const t = a.target;
    const c = currentBy.get(a.id);
    return {
      assignmentId: a.id, targetId: t.id, planCode: t.plan.code, planTitle: t.plan.title, taskCode: t.task.code, taskTitle: t.task.title,
      targetCode: t.code, metric: t.metric, comparator: t.comparator, value: decimal(t.value), valueHigh: decimal(t.valueHigh), unit: t.unit,
      deadlineYear: t.deadlineYear, kind: t.kind, sourceQuote: t.sourceQuote, shareValue: decimal(a.shareValue),
      lastApproved: lastBy.get(a.id) ?? null,
      current: { value: decimal(c?.value ?? null), milestoneDone: c?.milestoneDone ?? null, milestoneDate: isoDay(c?.milestoneDate ?? null), note: c?.note ?? null },
    };
  });
  items.sort((x, y) => byCode(x.planCode, y.planCode) || byCode(x.taskCode, y.taskCode) || byCode(x.targetCode, y.targetCode));
  const own = reporterKey(actor);
  const isOwn = own !== null && ("hospitalId" in own ? own.hospitalId === r.hospitalId : own.unitId === r.unitId);
  return {
    report: {
      id: r.id, status: r.status, version: r.version, periodId: r.periodId, periodLabel: formatQuarter(r.period.year, r.period.quarter),
      periodStatus: r.period.status, deadline: r.period.deadline, reporterName: r.hospital?.name ?? r.unit?.name ?? "",
      returnReason: r.returnReason, submittedAt: r.submittedAt, reviewedAt: r.reviewedAt, reviewerName: r.reviewedBy?.displayName ?? null,
      editable: isOwn && acceptsChanges(r.period.status, r.status),
    },
    items,
    progress: r.progress,
    problems: r.problems,
    nextSteps: r.nextSteps,
  };
}
