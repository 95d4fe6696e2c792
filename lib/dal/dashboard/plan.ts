import "server-only";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { TPlanDashboardQuery } from "../../validation/dashboard";
import { loadJudgedTargets, regionScopeSql, type JudgedTarget } from "./judged-targets";
import { countStatuses, gapOf, type StatusCounts } from "./overview";

export interface FilterOption {
  id: string;
  label: string;
}

export interface PlanDashboard {
  plan: { code: string; title: string; shortTitle: string; startYear: number; endYear: number };
  rows: JudgedTarget[];
  /** Counts of the rows before the status filter, so the status chips say what they would show. */
  counts: StatusCounts;
  options: { tasks: FilterOption[]; units: FilterOption[]; hospitals: FilterOption[]; counties: FilterOption[]; years: number[] };
}

const STATUS_ORDER = ["OFF_TRACK", "OVERDUE", "AT_RISK", "NO_DATA", "ON_TRACK", "ACHIEVED"] as const;
const codeOrder = new Intl.Collator("en", { numeric: true }).compare;

const SORTS: Record<TPlanDashboardQuery["sort"], (a: JudgedTarget, b: JudgedTarget) => number> = {
  code: (a, b) => codeOrder(a.code, b.code),
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  progress: (a, b) => (a.progress ?? -1) - (b.progress ?? -1),
  gap: (a, b) => gapOf(b) - gapOf(a),
  deadline: (a, b) => a.deadline.localeCompare(b.deadline),
  latest: (a, b) => (a.latest ? a.latest.year * 4 + a.latest.quarter : 0) - (b.latest ? b.latest.year * 4 + b.latest.quarter : 0),
};

export function sortRows(rows: JudgedTarget[], sort: TPlanDashboardQuery["sort"], dir: TPlanDashboardQuery["dir"]): JudgedTarget[] {
  const compare = SORTS[sort];
  return [...rows].sort((a, b) => (dir === "asc" ? 1 : -1) * compare(a, b) || codeOrder(a.code, b.code));
}

export type PlanSummary = Omit<PlanDashboard, "options">;

/**
 * One plan's targets judged, filtered and sorted as asked; null outside the user's region. The
 * plan dashboard's rows and counts, and the plan summary of /api/v1.
 */
export async function getPlanSummary(actor: SessionUser, code: string, q: TPlanDashboardQuery, asOf = new Date()): Promise<PlanSummary | null> {
  assertCan(actor, "dashboard:read");
  const scope = regionScopeSql(actor.regionPath);
  const filter = { planCode: code, taskId: q.task, unitId: q.unit, hospitalId: q.hospital, countyId: q.county, deadlineYear: q.year, kind: q.kind };
  // Both at once: the targets are scoped by the same region rule, so outside the region they are
  // empty and the null plan decides the answer.
  const [[plan], targets] = await Promise.all([
    db.$queryRaw<PlanDashboard["plan"][]>`
      SELECT pl.code, pl.title, pl."shortTitle", pl."startYear", pl."endYear" FROM "Plan" pl JOIN "Region" rg ON rg.id = pl."regionId"
      WHERE pl.code = ${code} AND pl."archivedAt" IS NULL AND ${scope}`,
    loadJudgedTargets(actor.regionPath, filter, asOf),
  ]);
  if (!plan) return null;
  const rows = q.status ? targets.filter((t) => t.status === q.status) : targets;
  return { plan, rows: sortRows(rows, q.sort, q.dir), counts: countStatuses(targets) };
}

/** The plan dashboard: the plan summary and the choices of its filter form. */
export async function getPlanDashboard(actor: SessionUser, code: string, q: TPlanDashboardQuery, asOf = new Date()): Promise<PlanDashboard | null> {
  assertCan(actor, "dashboard:read");
  const [summary, options] = await Promise.all([getPlanSummary(actor, code, q, asOf), filterOptions(code)]);
  return summary && { ...summary, options };
}

/**
 * The choices of the filter form, what occurs in the plan: one statement of five set-based
 * lists (one round trip instead of five; they were a third of the plan dashboard's time).
 */
async function filterOptions(code: string): Promise<PlanDashboard["options"]> {
  const option = (id: Prisma.Sql, label: Prisma.Sql) => Prisma.sql`json_build_object('id', ${id}, 'label', ${label})`;
  const [options] = await db.$queryRaw<PlanDashboard["options"][]>`
    SELECT
      (SELECT coalesce(json_agg(${option(Prisma.sql`tk.id`, Prisma.sql`tk.number || ' ' || tk.title`)} ORDER BY tk."sortOrder"), '[]')
        FROM "Task" tk JOIN "Plan" pl ON pl.id = tk."planId"
        WHERE pl.code = ${code} AND tk."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "Target" t WHERE t."taskId" = tk.id)) AS tasks,
      (SELECT coalesce(json_agg(${option(Prisma.sql`u.id`, Prisma.sql`u.name`)} ORDER BY u.name), '[]') FROM "ResponsibleUnit" u
        WHERE u."archivedAt" IS NULL AND u.id IN (SELECT tu."unitId" FROM "TargetUnit" tu JOIN "Target" t ON t.id = tu."targetId" JOIN "Plan" pl ON pl.id = t."planId" WHERE pl.code = ${code})) AS units,
      -- The hospitals of the plan's region (a scan of Hospital, not of every assignment); one that
      -- reports on none of the plan's targets simply filters to an empty list.
      (SELECT coalesce(json_agg(${option(Prisma.sql`h.id`, Prisma.sql`h.label`)} ORDER BY h.ord, h.label), '[]') FROM (
        SELECT h.id, coalesce(h."shortName", h.name) AS label, hr."sortOrder" AS ord FROM "Hospital" h JOIN "Region" hr ON hr.id = h."regionId"
        WHERE h."archivedAt" IS NULL AND hr.path LIKE (SELECT rg.path || '%' FROM "Plan" pl JOIN "Region" rg ON rg.id = pl."regionId" WHERE pl.code = ${code})
        ORDER BY hr."sortOrder", label LIMIT 500) h) AS hospitals,
      (SELECT coalesce(json_agg(${option(Prisma.sql`r.id`, Prisma.sql`r.name`)} ORDER BY r."sortOrder", r.name), '[]') FROM "Region" r
        WHERE r.level = 'COUNTY' AND r."archivedAt" IS NULL AND r.id IN (SELECT tk."regionId" FROM "Task" tk JOIN "Plan" pl ON pl.id = tk."planId" WHERE pl.code = ${code}
          UNION SELECT t."scopeRegionId" FROM "Target" t JOIN "Plan" pl ON pl.id = t."planId" WHERE pl.code = ${code})) AS counties,
      (SELECT coalesce(json_agg(DISTINCT t."deadlineYear"), '[]') FROM "Target" t JOIN "Plan" pl ON pl.id = t."planId" WHERE pl.code = ${code}) AS years`;
  return options;
}
