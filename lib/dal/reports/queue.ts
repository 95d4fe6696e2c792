import "server-only";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import type { ReportChange } from "../../domain/report-workflow";
import type { Prisma } from "../../generated/prisma/client";
import type { ReportStatus } from "../../generated/prisma/enums";
import { formatQuarter } from "../../i18n";
import { ZReviewQueueQuery, type TReviewQueueQuery } from "../../validation/reports";
import { regionSubtree } from "../scope";
import { reportScope } from "./scope";

export interface ReviewQueueRow {
  id: string;
  status: ReportStatus;
  reporterName: string;
  reporterKind: "HOSPITAL" | "UNIT";
  regionName: string;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  valueCount: number;
  /** Submitted again after a return. */
  resubmitted: boolean;
}

/** The staff's review queue for one period (their region only), submitted first. */
export async function listReviewQueue(actor: SessionUser, raw: TReviewQueueQuery): Promise<ReviewQueueRow[]> {
  assertCan(actor, "report:review");
  const q = ZReviewQueueQuery.parse(raw);
  const where: Prisma.ProgressReportWhereInput = {
    AND: [
      reportScope(actor)!,
      { periodId: q.periodId },
      q.status ? { status: q.status } : { status: { not: "DRAFT" } },
      q.hospitalId ? { hospitalId: q.hospitalId } : {},
      q.unitId ? { unitId: q.unitId } : {},
      q.planCode ? { values: { some: { target: { plan: { code: q.planCode } } } } } : {},
    ],
  };
  const rows = await db.progressReport.findMany({
    where,
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 1000,
    select: {
      id: true, status: true, submittedAt: true, reviewedAt: true,
      hospital: { select: { name: true, region: { select: { name: true } } } },
      unit: { select: { name: true, region: { select: { name: true } } } },
      _count: { select: { values: true, transitions: { where: { fromStatus: "RETURNED", toStatus: "SUBMITTED" } } } },
    },
  });
  const order: Record<ReportStatus, number> = { SUBMITTED: 0, RETURNED: 1, DRAFT: 2, APPROVED: 3 };
  return rows
    .map((r) => ({
      id: r.id, status: r.status, reporterName: r.hospital?.name ?? r.unit?.name ?? "", reporterKind: r.hospital ? ("HOSPITAL" as const) : ("UNIT" as const),
      regionName: r.hospital?.region.name ?? r.unit?.region.name ?? "", submittedAt: r.submittedAt, reviewedAt: r.reviewedAt,
      valueCount: r._count.values, resubmitted: r._count.transitions > 0,
    }))
    .sort((a, b) => order[a.status] - order[b.status]);
}

export interface ReportTransitionRow {
  id: string;
  fromStatus: ReportStatus;
  toStatus: ReportStatus;
  actorName: string | null;
  reason: string | null;
  createdAt: Date;
  /** On a resubmission: what changed since the previous submission. */
  changed: ReportChange[] | null;
}

/** The report's history of status changes, newest first; empty outside the user's scope. */
export async function listReportTransitions(actor: SessionUser, reportId: string): Promise<ReportTransitionRow[]> {
  const scope = reportScope(actor);
  if (!scope) return [];
  const rows = await db.reportTransition.findMany({
    where: { report: { AND: [{ id: reportId }, scope] } },
    orderBy: { createdAt: "desc" },
    select: { id: true, fromStatus: true, toStatus: true, reason: true, createdAt: true, changes: true, actor: { select: { displayName: true } } },
  });
  return rows.map((t) => ({
    id: t.id, fromStatus: t.fromStatus, toStatus: t.toStatus, reason: t.reason, createdAt: t.createdAt, actorName: t.actor?.displayName ?? null,
    changed: ((t.changes as { changed?: ReportChange[] | null } | null)?.changed ?? null),
  }));
}

/** Periods staff and leaders can pick in the review queue and completeness pages, newest first. */
export async function listRegionPeriods(actor: SessionUser) {
  if (!reportScope(actor)) return [];
  const rows = await db.reportingPeriod.findMany({
    where: { region: regionSubtree(actor) },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    take: 40,
    select: { id: true, year: true, quarter: true, status: true, deadline: true, region: { select: { name: true } } },
  });
  return rows.map((p) => ({ id: p.id, label: formatQuarter(p.year, p.quarter), regionName: p.region.name, status: p.status, deadline: p.deadline }));
}
