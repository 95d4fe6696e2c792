import "server-only";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { planRegionScope } from "./scope";

export interface PlanSummary {
  id: string;
  code: string;
  title: string;
  shortTitle: string;
  documentNumber: string | null;
  issuer: string;
  regionName: string;
  startYear: number;
  endYear: number;
  taskCount: number;
  targetCount: number;
}

/** The plans the user's region takes part in, newest first. */
export async function listPlanSummaries(actor: SessionUser): Promise<PlanSummary[]> {
  const plans = await db.plan.findMany({
    where: { archivedAt: null, region: planRegionScope(actor) },
    orderBy: [{ startYear: "desc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      title: true,
      shortTitle: true,
      documentNumber: true,
      issuer: true,
      startYear: true,
      endYear: true,
      region: { select: { name: true } },
      _count: { select: { tasks: { where: { archivedAt: null } }, targets: { where: { archivedAt: null } } } },
    },
  });
  return plans.map(({ region, _count, ...p }) => ({ ...p, regionName: region.name, taskCount: _count.tasks, targetCount: _count.targets }));
}

export interface ScopeTotals {
  plans: number;
  tasks: number;
  targets: number;
  hospitals: number;
}

export async function scopeTotals(actor: SessionUser, plans: PlanSummary[]): Promise<ScopeTotals> {
  const hospitals = await db.hospital.count({ where: { archivedAt: null, region: { path: { startsWith: actor.regionPath } } } });
  return {
    plans: plans.length,
    tasks: plans.reduce((n, p) => n + p.taskCount, 0),
    targets: plans.reduce((n, p) => n + p.targetCount, 0),
    hospitals,
  };
}
