import "server-only";
import { assertCan, can } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { completenessState, type CompletenessState } from "../../domain/report-workflow";
import { AppError } from "../../errors";
import { formatQuarter } from "../../i18n";
import { regionSubtree } from "../scope";

export interface CompletenessRow {
  kind: "HOSPITAL" | "UNIT";
  id: string;
  name: string;
  regionName: string;
  state: CompletenessState;
  reportId: string | null;
  submittedAt: Date | null;
}

export type CompletenessCounts = Record<CompletenessState, number>;

export interface Completeness {
  period: { id: string; label: string; deadline: Date; status: string };
  counts: CompletenessCounts;
  rows: CompletenessRow[];
  /** Per county (the reporter's region): the same counts. */
  byRegion: { regionName: string; counts: CompletenessCounts }[];
}

const emptyCounts = (): CompletenessCounts => ({ ON_TIME: 0, LATE: 0, DRAFT: 0, RETURNED: 0, NOT_STARTED: 0 });

/**
 * Who has reported in a period (staff and leaders, their region only): every hospital and
 * unit with an assignment on the period's plans, with its state and submission date.
 */
export async function getCompleteness(actor: SessionUser, periodId: string): Promise<Completeness | null> {
  if (!can(actor, "report:review")) assertCan(actor, "dashboard:read");
  const period = await db.reportingPeriod.findFirst({
    where: { id: periodId, region: regionSubtree(actor) },
    select: { id: true, year: true, quarter: true, deadline: true, status: true, regionId: true },
  });
  if (!period) return null;
  const liveTarget = { archivedAt: null, target: { archivedAt: null, plan: { archivedAt: null, regionId: period.regionId } } };
  const [hospitals, units, reports] = await Promise.all([
    db.hospital.findMany({
      where: { archivedAt: null, region: regionSubtree(actor), assignments: { some: liveTarget } },
      select: { id: true, name: true, region: { select: { name: true } } },
    }),
    db.responsibleUnit.findMany({
      where: { archivedAt: null, region: regionSubtree(actor), assignments: { some: liveTarget } },
      select: { id: true, name: true, region: { select: { name: true } } },
    }),
    db.progressReport.findMany({ where: { periodId }, select: { id: true, hospitalId: true, unitId: true, status: true, submittedAt: true } }),
  ]);
  const byHospital = new Map(reports.filter((r) => r.hospitalId).map((r) => [r.hospitalId!, r]));
  const byUnit = new Map(reports.filter((r) => r.unitId).map((r) => [r.unitId!, r]));
  const row = (kind: "HOSPITAL" | "UNIT", o: { id: string; name: string; region: { name: string } }): CompletenessRow => {
    const r = (kind === "HOSPITAL" ? byHospital : byUnit).get(o.id) ?? null;
    return { kind, id: o.id, name: o.name, regionName: o.region.name, state: completenessState(r, period.deadline), reportId: r?.id ?? null, submittedAt: r?.submittedAt ?? null };
  };
  const rows = [...hospitals.map((h) => row("HOSPITAL", h)), ...units.map((u) => row("UNIT", u))];
  const counts = emptyCounts();
  const regions = new Map<string, CompletenessCounts>();
  for (const r of rows) {
    counts[r.state]++;
    const c = regions.get(r.regionName) ?? emptyCounts();
    c[r.state]++;
    regions.set(r.regionName, c);
  }
  return {
    period: { id: period.id, label: formatQuarter(period.year, period.quarter), deadline: period.deadline, status: period.status },
    counts,
    rows,
    byRegion: [...regions].map(([regionName, c]) => ({ regionName, counts: c })),
  };
}

/** Throws NOT_FOUND for a period outside the user's region (for the API). */
export async function requireCompleteness(actor: SessionUser, periodId: string): Promise<Completeness> {
  const c = await getCompleteness(actor, periodId);
  if (!c) throw new AppError("NOT_FOUND", "找不到该填报周期");
  return c;
}
