import "server-only";
import { db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { Aggregation, Comparator, TargetKind } from "../../generated/prisma/enums";
import { judgeTarget, type ProgressObservation, type ProgressStatus, type Projection } from "../../domain/progress";
import { ensureDashboardSummary, isDashboardSummaryFresh } from "./summary";

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

export interface JudgedTarget {
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
  status: ProgressStatus;
  /** Status judged a quarter earlier ("what changed since last quarter"); only when asked for. */
  previousStatus: ProgressStatus | null;
  /** 0..1 for the bar; null when nothing was reported (or a milestone not done). */
  progress: number | null;
  raw: number | null;
  expected: number | null;
  latest: { value: number | null; milestoneDone: boolean | null; year: number; quarter: number } | null;
  stale: boolean;
  projection: Projection;
  deadline: string;
  /** Approved report values behind the figures. */
  reportCount: number;
  series: { year: number; quarter: number; actual: number | null; milestoneDone: boolean | null; reportCount: number }[];
}

/** The plan regions the actor sees: its subtree and the regions above it (lib/dal/scope.ts). */
export function regionScopeSql(regionPath: string) {
  const codes = regionPath.split("/").filter(Boolean);
  const ancestors = codes.map((_, i) => `/${codes.slice(0, i + 1).join("/")}/`);
  return Prisma.sql`(rg.path LIKE ${`${regionPath}%`} OR rg.path = ANY(${ancestors}::text[]))`;
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
  leadUnits: string[] | null; milestones: { year: number; value: string }[] | null;
}

interface ActualSqlRow { targetId: string; year: number; quarter: number; actual: string | null; milestoneDone: boolean | null; reportCount: number }

const num = (v: string | null) => (v === null ? null : Number(v));
const codeOrder = new Intl.Collator("en", { numeric: true }).compare;

/** Three quarters' worth of days back: the same judgement a quarter ago. */
const aQuarterBefore = (d: Date) => new Date(d.getTime() - 91 * 86_400_000);

/**
 * Every visible target matching the filter, judged as of `asOf` by lib/domain/progress from the
 * summary table: two set-based queries whatever the number of targets (no query per target).
 */
export async function loadJudgedTargets(regionPath: string, filter: DashboardFilter = {}, asOf = new Date(), { withPrevious = false } = {}): Promise<JudgedTarget[]> {
  const where = filterSql(regionPath, filter);
  // Optimistic: the freshness check runs alongside the reads; only when the summary turns out
  // stale is it refreshed and the figures read again (rare: after a review or a target edit).
  const read = () => Promise.all([
    db.$queryRaw<TargetSqlRow[]>`
      SELECT t.id, t.code, t.metric, t.unit, t.kind, t.comparator, t.value::text AS value, t."valueHigh"::text AS "valueHigh",
             t."baselineValue"::text AS "baselineValue", t."baselineYear", t."deadlineYear", t."deadlineDate", t.aggregation,
             pl.id AS "planId", pl.code AS "planCode", pl."shortTitle" AS "planShortTitle", pl."startYear", pl."endYear",
             tk.id AS "taskId", tk.code AS "taskCode", tk.number AS "taskNumber", tk.title AS "taskTitle", tk."regionId" AS "taskRegionId",
             (SELECT array_agg(u.name ORDER BY tu."sortOrder") FROM "TargetUnit" tu JOIN "ResponsibleUnit" u ON u.id = tu."unitId"
               WHERE tu."targetId" = t.id AND tu."isLead") AS "leadUnits",
             (SELECT json_agg(json_build_object('year', ms.year, 'value', ms.value::text)) FROM "TargetMilestone" ms WHERE ms."targetId" = t.id) AS milestones
      FROM "Target" t JOIN "Plan" pl ON pl.id = t."planId" JOIN "Region" rg ON rg.id = pl."regionId" JOIN "Task" tk ON tk.id = t."taskId"
      WHERE ${where}`,
    db.$queryRaw<ActualSqlRow[]>`
      SELECT s."targetId", s.year, s.quarter, s.actual::text AS actual, s."milestoneDone", s."reportCount"
      FROM "TargetQuarterActual" s JOIN "Target" t ON t.id = s."targetId" JOIN "Plan" pl ON pl.id = t."planId"
      JOIN "Region" rg ON rg.id = pl."regionId" JOIN "Task" tk ON tk.id = t."taskId"
      WHERE ${where} ORDER BY s.year, s.quarter`,
  ]);
  const [optimistic, fresh] = await Promise.all([read(), isDashboardSummaryFresh()]);
  const [targets, actuals] = fresh ? optimistic : await ensureDashboardSummary().then(read);
  const byTarget = new Map<string, ActualSqlRow[]>();
  for (const a of actuals) {
    const list = byTarget.get(a.targetId);
    if (list) list.push(a);
    else byTarget.set(a.targetId, [a]);
  }
  const before = withPrevious ? aQuarterBefore(asOf) : null;
  return targets
    .map((t) => judged(t, byTarget.get(t.id) ?? [], asOf, before))
    .sort((a, b) => codeOrder(a.plan.code, b.plan.code) || codeOrder(a.code, b.code));
}

function judged(t: TargetSqlRow, rows: ActualSqlRow[], asOf: Date, before: Date | null): JudgedTarget {
  const target = {
    kind: t.kind, comparator: t.comparator, value: num(t.value), valueHigh: num(t.valueHigh),
    baselineValue: num(t.baselineValue), baselineYear: t.baselineYear, deadlineYear: t.deadlineYear,
    deadlineDate: t.deadlineDate ? t.deadlineDate.toISOString().slice(0, 10) : null,
    milestones: (t.milestones ?? []).map((ms) => ({ year: ms.year, value: Number(ms.value) })),
  };
  const plan = { startYear: t.startYear, endYear: t.endYear };
  const series = rows.map((r) => ({ year: r.year, quarter: r.quarter, actual: num(r.actual), milestoneDone: r.milestoneDone, reportCount: r.reportCount }));
  const observations: ProgressObservation[] = series.map((s) => ({ year: s.year, quarter: s.quarter, value: s.actual, milestoneDone: s.milestoneDone }));
  const now = judgeTarget(target, plan, observations, asOf);
  const then = before && judgeTarget(target, plan, observations, before);
  return {
    id: t.id, code: t.code, metric: t.metric, unit: t.unit, kind: t.kind, comparator: t.comparator,
    value: target.value, valueHigh: target.valueHigh, baselineValue: target.baselineValue, baselineYear: t.baselineYear,
    deadlineYear: t.deadlineYear, aggregation: t.aggregation,
    plan: { id: t.planId, code: t.planCode, shortTitle: t.planShortTitle, startYear: t.startYear, endYear: t.endYear },
    task: { id: t.taskId, code: t.taskCode, number: t.taskNumber, title: t.taskTitle, regionId: t.taskRegionId },
    leadUnits: t.leadUnits ?? [],
    status: now.status,
    previousStatus: then?.status ?? null,
    progress: now.achievement?.display ?? null,
    raw: now.achievement?.raw ?? null,
    expected: now.expected,
    latest: now.latest ? { value: now.latest.value, milestoneDone: now.latest.milestoneDone, ...now.latest.quarter } : null,
    stale: now.stale,
    projection: now.projection,
    deadline: now.deadline,
    reportCount: series.reduce((n, s) => n + s.reportCount, 0),
    series,
  };
}
