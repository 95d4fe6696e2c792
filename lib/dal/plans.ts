import "server-only";
import { assertCan } from "../auth/permissions";
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

export interface PlanHeader {
  id: string;
  code: string;
  title: string;
  shortTitle: string;
  documentNumber: string | null;
  issuer: string;
  issuedOn: Date | null;
  startYear: number;
  endYear: number;
  regionName: string;
  /** For canManagePlan: whether the user may maintain this plan. */
  regionPath: string;
  sourceFile: string;
}

/** One plan by its code, or null when it lies outside the user's region (the page answers 404). */
export async function getPlanByCode(actor: SessionUser, code: string): Promise<PlanHeader | null> {
  assertCan(actor, "plan:read");
  const plan = await db.plan.findFirst({
    where: { code, archivedAt: null, region: planRegionScope(actor) },
    select: {
      id: true,
      code: true,
      title: true,
      shortTitle: true,
      documentNumber: true,
      issuer: true,
      issuedOn: true,
      startYear: true,
      endYear: true,
      sourceFile: true,
      region: { select: { name: true, path: true } },
    },
  });
  if (!plan) return null;
  const { region, ...rest } = plan;
  return { ...rest, regionName: region.name, regionPath: region.path };
}

export interface PlanSectionOutline {
  id: string;
  code: string;
  title: string;
  parentId: string | null;
}

export interface PlanTaskOutline {
  id: string;
  code: string;
  number: string;
  title: string;
  sectionId: string | null;
  /** Lead unit(s) first, then the co-units as the plan lists them. */
  units: { name: string; isLead: boolean }[];
}

/** A plan's sections and tasks in document order; empty lists outside the user's region. */
export async function getPlanOutline(actor: SessionUser, planId: string): Promise<{ sections: PlanSectionOutline[]; tasks: PlanTaskOutline[] }> {
  assertCan(actor, "plan:read");
  const inScope = { id: planId, archivedAt: null, region: planRegionScope(actor) };
  const [sections, tasks] = await Promise.all([
    // An archived section drops out; its tasks stay and show under 其他 (lib/domain/plan-outline.ts).
    db.planSection.findMany({
      where: { archivedAt: null, plan: inScope },
      orderBy: { sortOrder: "asc" },
      select: { id: true, code: true, title: true, parentId: true },
    }),
    db.task.findMany({
      where: { archivedAt: null, plan: inScope },
      orderBy: { sortOrder: "asc" },
      select: {
        id: true,
        code: true,
        number: true,
        title: true,
        sectionId: true,
        units: { orderBy: [{ isLead: "desc" }, { sortOrder: "asc" }], select: { isLead: true, unit: { select: { name: true } } } },
      },
    }),
  ]);
  return {
    sections,
    tasks: tasks.map(({ units, ...t }) => ({ ...t, units: units.map((u) => ({ name: u.unit.name, isLead: u.isLead })) })),
  };
}
