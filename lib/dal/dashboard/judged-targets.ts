import "server-only";
import { db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { Aggregation, Comparator, TargetKind } from "../../generated/prisma/enums";
import type { ProgressStatus } from "../../domain/progress";
import { ancestorPaths } from "../../domain/region-tree";
import type { TargetRevisionFacts } from "../../domain/target-in-force";
import { judgeTargets, type Judgement, type JudgingInput } from "./judgements";
import { dashboardSummaryState, ensureDashboardSummary } from "./summary";

/** Which targets a dashboard shows; every field narrows, the region scope always applies. */
export interface DashboardFilter {
  planCode?: string;
  taskId?: string;
  unitId?: string;
  hospitalId?: string;
  /** A county: targets of its tasks (附件4), scoped to it, or assigned to its hospitals. */
  countyId?: string;
  deadlineYear?: number;
  kind?: TargetKind;
  targetId?: string;
}

/** A target as the dashboards show it: its fields read live, its judgement (judgements.ts). */
export interface JudgedTarget extends Omit<Judgement, "target"> {
  /** Status judged a quarter earlier ("what changed since last quarter"); only when asked for. */
  previousStatus: ProgressStatus | null;
  id: string;
  code: string;
  metric: string;
  unit: string;
  kind: TargetKind;
  comparator: Comparator;
  value: number | null;
  valueHigh: number | null;
  baselineValue: number | null;
  baselineYear: number | null;
  deadlineYear: number;
  aggregation: Aggregation;
  plan: { id: string; code: string; shortTitle: string; startYear: number; endYear: number };
  task: { id: string; code: string; number: string; title: string; regionId: string | null };
  leadUnits: string[];
}

/** The plan regions the actor sees: its subtree and the regions above it (lib/dal/scope.ts). */
export function regionScopeSql(regionPath: string) {
  return Prisma.sql`(rg.path LIKE ${`${regionPath}%`} OR rg.path = ANY(${ancestorPaths(regionPath)}::text[]))`;
}

function filterSql(regionPath: string, f: DashboardFilter) {
  const parts = [Prisma.sql`t."archivedAt" IS NULL`, Prisma.sql`pl."archivedAt" IS NULL`, regionScopeSql(regionPath)];
  if (f.planCode) parts.push(Prisma.sql`pl.code = ${f.planCode}`);
  if (f.targetId) parts.push(Prisma.sql`t.id = ${f.targetId}`);
  if (f.taskId) parts.push(Prisma.sql`t."taskId" = ${f.taskId}`);
  if (f.deadlineYear) parts.push(Prisma.sql`t."deadlineYear" = ${f.deadlineYear}`);
  if (f.kind) parts.push(Prisma.sql`t.kind = ${f.kind}::"TargetKind"`);
  if (f.unitId) parts.push(Prisma.sql`(EXISTS (SELECT 1 FROM "TargetUnit" x WHERE x."targetId" = t.id AND x."unitId" = ${f.unitId})
    OR EXISTS (SELECT 1 FROM "Assignment" x WHERE x."targetId" = t.id AND x."unitId" = ${f.unitId} AND x."archivedAt" IS NULL))`);
  if (f.hospitalId) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" x WHERE x."targetId" = t.id AND x."hospitalId" = ${f.hospitalId} AND x."archivedAt" IS NULL)`);
  if (f.countyId) parts.push(Prisma.sql`(tk."regionId" = ${f.countyId} OR t."scopeRegionId" = ${f.countyId})`);
  return Prisma.join(parts, " AND ");
}

interface TargetSqlRow {
  id: string; code: string; metric: string; unit: string; kind: TargetKind; comparator: Comparator;
  value: string | null; valueHigh: string | null; baselineValue: string | null; baselineYear: number | null;
  deadlineYear: number; deadlineDate: Date | null; aggregation: Aggregation;
  planId: string; planCode: string; planShortTitle: string; startYear: number; endYear: number;
  taskId: string; taskCode: string; taskNumber: string; taskTitle: string; taskRegionId: string | null;
}

const num = (v: string | null) => (v === null ? null : Number(v));
const codeOrder = new Intl.Collator("en", { numeric: true }).compare;
/** Plan code, then target code; equal plan codes skip the collator (a third of the sort's time). */
const byPlanAndCode = (a: JudgedTarget, b: JudgedTarget) => (a.plan.code === b.plan.code ? 0 : codeOrder(a.plan.code, b.plan.code)) || codeOrder(a.code, b.code);

function groupBy<T extends { targetId: string }, V>(rows: T[], value: (row: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const r of rows) {
    const list = groups.get(r.targetId);
    if (list) list.push(value(r));
    else groups.set(r.targetId, [value(r)]);
  }
  return groups;
}

/**
 * The visible targets matching the filter with their lead units, yearly milestones and
 * revisions: four set-based queries run side by side (per-row subqueries or ordered aggregates
 * per target cost several times more at 300 targets; docs/decisions/003-dashboard-summary.md).
 */
async function readTargets(where: Prisma.Sql) {
  const scoped = Prisma.sql`SELECT t.id FROM "Target" t JOIN "Plan" pl ON pl.id = t."planId" JOIN "Region" rg ON rg.id = pl."regionId" JOIN "Task" tk ON tk.id = t."taskId" WHERE ${where}`;
  const [targets, leads, milestones, revisions] = await Promise.all([
    db.$queryRaw<TargetSqlRow[]>`
      SELECT t.id, t.code, t.metric, t.unit, t.kind, t.comparator, t.value::text AS value, t."valueHigh"::text AS "valueHigh",
             t."baselineValue"::text AS "baselineValue", t."baselineYear", t."deadlineYear", t."deadlineDate", t.aggregation,
             pl.id AS "planId", pl.code AS "planCode", pl."shortTitle" AS "planShortTitle", pl."startYear", pl."endYear",
             tk.id AS "taskId", tk.code AS "taskCode", tk.number AS "taskNumber", tk.title AS "taskTitle", tk."regionId" AS "taskRegionId"
      FROM "Target" t JOIN "Plan" pl ON pl.id = t."planId" JOIN "Region" rg ON rg.id = pl."regionId" JOIN "Task" tk ON tk.id = t."taskId"
      WHERE ${where}`,
    db.$queryRaw<{ targetId: string; name: string }[]>`
      SELECT tu."targetId", u.name FROM "TargetUnit" tu JOIN "ResponsibleUnit" u ON u.id = tu."unitId"
      WHERE tu."isLead" AND tu."targetId" IN (${scoped}) ORDER BY tu."targetId", tu."sortOrder"`,
    db.$queryRaw<{ targetId: string; year: number; value: string }[]>`
      SELECT ms."targetId", ms.year, ms.value::text AS value FROM "TargetMilestone" ms WHERE ms."targetId" IN (${scoped}) ORDER BY ms.year`,
    db.$queryRaw<(TargetRevisionFacts & { targetId: string })[]>`
      SELECT r."targetId", r.version, r.before, r.after, r."effectiveFrom" FROM "TargetRevision" r WHERE r."targetId" IN (${scoped}) ORDER BY r.version`,
  ]);
  return {
    targets,
    leadUnits: groupBy(leads, (r) => r.name),
    milestones: groupBy(milestones, (r) => ({ year: r.year, value: Number(r.value) })),
    revisions: groupBy(revisions, ({ version, before, after, effectiveFrom }) => ({ version, before, after, effectiveFrom })),
  };
}

/**
 * Every visible target matching the filter, judged as of `asOf`: the targets read live and
 * region-scoped, the summary's freshness checked alongside, and the judgements from
 * judgements.ts (cached between summary changes; on a miss one more query reads the summary
 * rows of all the targets missing). No query per target.
 */
export async function loadJudgedTargets(regionPath: string, filter: DashboardFilter = {}, asOf = new Date(), { withPrevious = false } = {}): Promise<JudgedTarget[]> {
  const [{ targets, leadUnits, milestones, revisions }, summary] = await Promise.all([readTargets(filterSql(regionPath, filter)), dashboardSummaryState()]);
  if (!summary.fresh) await ensureDashboardSummary();
  const inputs = targets.map((t): JudgingInput => ({
    id: t.id,
    target: {
      kind: t.kind, comparator: t.comparator, value: num(t.value), valueHigh: num(t.valueHigh),
      baselineValue: num(t.baselineValue), baselineYear: t.baselineYear, deadlineYear: t.deadlineYear,
      deadlineDate: t.deadlineDate ? t.deadlineDate.toISOString().slice(0, 10) : null,
      milestones: milestones.get(t.id) ?? [],
    },
    plan: { startYear: t.startYear, endYear: t.endYear },
    revisions: revisions.get(t.id),
  }));
  const judgements = await judgeTargets(inputs, summary, asOf, withPrevious);
  // Written out field by field: object spread here cost 2–6 ms per 300 targets.
  return targets
    .map((t): JudgedTarget => {
      const { now: j, previousStatus } = judgements.get(t.id)!;
      // The figures it was judged against: the target in force today, which a revision taking effect later has not changed yet.
      const f = j.target;
      return {
        id: t.id, code: t.code, metric: t.metric, unit: t.unit, kind: f.kind, comparator: f.comparator,
        value: f.value, valueHigh: f.valueHigh, baselineValue: f.baselineValue, baselineYear: f.baselineYear,
        deadlineYear: f.deadlineYear, aggregation: t.aggregation,
        plan: { id: t.planId, code: t.planCode, shortTitle: t.planShortTitle, startYear: t.startYear, endYear: t.endYear },
        task: { id: t.taskId, code: t.taskCode, number: t.taskNumber, title: t.taskTitle, regionId: t.taskRegionId },
        leadUnits: leadUnits.get(t.id) ?? [],
        status: j.status, previousStatus, progress: j.progress, raw: j.raw, expected: j.expected, latest: j.latest, stale: j.stale,
        projection: j.projection, deadline: j.deadline, reportCount: j.reportCount, series: j.series,
      };
    })
    .sort(byPlanAndCode);
}
