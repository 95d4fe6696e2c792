import "server-only";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import type { ReportStatus } from "../../generated/prisma/enums";
import { formatQuarter } from "../../i18n";
import { reportScope } from "./scope";

export interface ValueHistoryRow {
  periodId: string;
  label: string;
  status: ReportStatus;
  value: string | null;
  milestoneDone: boolean | null;
  milestoneDate: string | null;
  note: string | null;
  submittedAt: Date | null;
}

/**
 * Every quarter's value of the given assignments, newest first (issue #5, "the history of
 * every value across quarters is kept and visible"): the reporter's own, or staff and
 * leaders in their region. One query for a whole form.
 */
export async function listValueHistories(actor: SessionUser, assignmentIds: string[]): Promise<Record<string, ValueHistoryRow[]>> {
  const scope = reportScope(actor);
  if (!scope || assignmentIds.length === 0) return {};
  const rows = await db.reportValue.findMany({
    where: { assignmentId: { in: assignmentIds }, report: scope },
    select: {
      assignmentId: true, value: true, milestoneDone: true, milestoneDate: true, note: true,
      report: { select: { status: true, submittedAt: true, period: { select: { id: true, year: true, quarter: true } } } },
    },
  });
  const key = (v: (typeof rows)[number]) => v.report.period.year * 4 + v.report.period.quarter;
  const result: Record<string, ValueHistoryRow[]> = {};
  for (const v of [...rows].sort((a, b) => key(b) - key(a))) {
    (result[v.assignmentId] ??= []).push({
      periodId: v.report.period.id, label: formatQuarter(v.report.period.year, v.report.period.quarter), status: v.report.status,
      value: v.value?.toString() ?? null, milestoneDone: v.milestoneDone, milestoneDate: v.milestoneDate?.toISOString().slice(0, 10) ?? null,
      note: v.note, submittedAt: v.report.submittedAt,
    });
  }
  return result;
}

/** One assignment's history; empty outside the user's scope. */
export async function listValueHistory(actor: SessionUser, assignmentId: string): Promise<ValueHistoryRow[]> {
  return (await listValueHistories(actor, [assignmentId]))[assignmentId] ?? [];
}
