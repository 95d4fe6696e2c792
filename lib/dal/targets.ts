import "server-only";
import { assertCan } from "../auth/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Aggregation, Comparator, TargetKind } from "../generated/prisma/enums";
import { planRegionScope } from "./scope";

const toNumber = (d: Prisma.Decimal | null): number | null => (d === null ? null : d.toNumber());

// Codes number targets within a task (A1-05-T2 before A1-05-T10).
const byCode = new Intl.Collator("en", { numeric: true }).compare;

/** A target is visible exactly when its plan is (lib/dal/scope.ts). */
const visibleTargets = (actor: SessionUser) => ({ archivedAt: null, plan: { archivedAt: null, region: planRegionScope(actor) } });

export interface TargetRow {
  id: string;
  code: string;
  taskId: string;
  metric: string;
  comparator: Comparator;
  value: number | null;
  valueHigh: number | null;
  unit: string;
  deadlineYear: number;
  kind: TargetKind;
  scope: string;
}

/** Every target of a plan, in code order; empty outside the user's region. */
export async function listPlanTargets(actor: SessionUser, planId: string): Promise<TargetRow[]> {
  assertCan(actor, "plan:read");
  const rows = await db.target.findMany({
    where: { ...visibleTargets(actor), planId },
    select: { id: true, code: true, taskId: true, metric: true, comparator: true, value: true, valueHigh: true, unit: true, deadlineYear: true, kind: true, scope: true },
  });
  return rows.map((t) => ({ ...t, value: toNumber(t.value), valueHigh: toNumber(t.valueHigh) })).sort((a, b) => byCode(a.code, b.code));
}

export interface TargetDetail extends Omit<TargetRow, "taskId"> {
  deadlineDate: Date | null;
  baselineValue: number | null;
  baselineYear: number | null;
  scopeRegionName: string | null;
  scopeHospitalName: string | null;
  aggregation: Aggregation;
  sourceFile: string;
  sourceQuote: string;
  decisionNote: string | null;
  version: number;
  updatedAt: Date;
  /** regionPath: for canManagePlan (whether the user may maintain the target). */
  plan: { code: string; title: string; shortTitle: string; regionPath: string };
  task: { code: string; number: string; title: string; text: string; sectionTitle: string | null };
  /** Lead unit(s) first. */
  units: { name: string; fullName: string | null; isLead: boolean }[];
  /** Who reports on the target (Assignment): hospitals or units. */
  assignees: { kind: "HOSPITAL" | "UNIT"; name: string; shareValue: number | null }[];
  milestones: { year: number; value: number }[];
  /** Every other place the plan states the same commitment. */
  citations: { id: string; sourceFile: string; quote: string }[];
}

/** One target with everything needed to check it against its source; null outside the user's region. */
export async function getTarget(actor: SessionUser, id: string): Promise<TargetDetail | null> {
  assertCan(actor, "plan:read");
  const t = await db.target.findFirst({
    where: { ...visibleTargets(actor), id },
    select: {
      id: true, code: true, metric: true, comparator: true, value: true, valueHigh: true, unit: true, deadlineYear: true,
      deadlineDate: true, kind: true, baselineValue: true, baselineYear: true, scope: true, aggregation: true,
      sourceFile: true, sourceQuote: true, decisionNote: true, version: true, updatedAt: true,
      scopeRegion: { select: { name: true } },
      scopeHospital: { select: { name: true } },
      plan: { select: { code: true, title: true, shortTitle: true, region: { select: { path: true } } } },
      task: { select: { code: true, number: true, title: true, text: true, section: { select: { title: true } } } },
      units: { orderBy: [{ isLead: "desc" }, { sortOrder: "asc" }], select: { isLead: true, unit: { select: { name: true, fullName: true } } } },
      assignments: {
        where: { archivedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { shareValue: true, hospital: { select: { name: true } }, unit: { select: { name: true } } },
      },
      milestones: { orderBy: { year: "asc" }, select: { year: true, value: true } },
      citations: { orderBy: { sortOrder: "asc" }, select: { id: true, sourceFile: true, quote: true } },
    },
  });
  if (!t) return null;
  const { scopeRegion, scopeHospital, plan, task, units, assignments, milestones, ...rest } = t;
  return {
    ...rest,
    plan: { code: plan.code, title: plan.title, shortTitle: plan.shortTitle, regionPath: plan.region.path },
    value: toNumber(t.value),
    valueHigh: toNumber(t.valueHigh),
    baselineValue: toNumber(t.baselineValue),
    scopeRegionName: scopeRegion?.name ?? null,
    scopeHospitalName: scopeHospital?.name ?? null,
    task: { code: task.code, number: task.number, title: task.title, text: task.text, sectionTitle: task.section?.title ?? null },
    units: units.map((u) => ({ name: u.unit.name, fullName: u.unit.fullName, isLead: u.isLead })),
    // A CHECK constraint makes every assignment name exactly one of hospital or unit.
    assignees: assignments.map((a) => ({
      kind: a.hospital ? ("HOSPITAL" as const) : ("UNIT" as const),
      name: a.hospital?.name ?? a.unit?.name ?? "",
      shareValue: toNumber(a.shareValue),
    })),
    milestones: milestones.map((ms) => ({ year: ms.year, value: ms.value.toNumber() })),
  };
}
