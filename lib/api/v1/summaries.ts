import "server-only";
import { z } from "zod";
import { can } from "../../auth/permissions";
import type { JudgedTarget } from "../../dal/dashboard/judged-targets";
import { getDashboardOverview } from "../../dal/dashboard/overview";
import { getPlanSummary } from "../../dal/dashboard/plan";
import { getTargetProgress } from "../../dal/dashboard/target";
import { getTarget } from "../../dal/targets";
import { m } from "../../i18n";
import { parsePlanDashboardQuery } from "../../validation/dashboard";
import { apiError, type ApiResult } from "../problem";
import { apiSessionOrTokenRead } from "./respond";

/**
 * The progress summaries of /api/v1 for other systems (issue #6): the same data-access functions,
 * judging and region scoping as the dashboards, so the API and the pages cannot disagree. Read
 * only; a staff member's or a leader's token, or a signed-in browser session. Route files only
 * re-export these. Field names are the API's own (documented in lib/api/openapi/summaries.ts),
 * not the internal types', so the dashboards may change without breaking other systems.
 */
const ok = (body: unknown): ApiResult => ({ status: 200, body });
const notFound = () => apiError(404, "NOT_FOUND", m.apiV1.notFound);
const ZCode = z.string().min(1).max(64);

type Params<K extends string> = { params: Promise<Record<K, string>> };

/** Where a target stands: its status and the figures it was judged from. */
function progressOf(t: JudgedTarget) {
  return {
    status: t.status,
    achievement: t.progress,
    achievementRaw: t.raw,
    expected: t.expected,
    latest: t.latest,
    stale: t.stale,
    deadline: t.deadline,
    reportCount: t.reportCount,
  };
}

/** GET /api/v1/plans — every plan of the user's region with its status counts. */
export async function listPlans(request: Request): Promise<Response> {
  return apiSessionOrTokenRead(request, "dashboard:read", async (user) => {
    const asOf = new Date();
    const plans = await getDashboardOverview(user, asOf);
    return ok({
      asOf: asOf.toISOString(),
      plans: plans.map((p) => ({
        code: p.code, shortTitle: p.shortTitle, startYear: p.startYear, endYear: p.endYear,
        total: p.total, counts: p.counts, goodShare: p.goodShare, improved: p.improved, worsened: p.worsened,
      })),
    });
  });
}

/** GET /api/v1/plans/{code}/summary — one plan's counts and each target's status; the plan dashboard's filters apply. */
export async function showPlanSummary(request: Request, { params }: Params<"code">): Promise<Response> {
  const { code } = await params;
  return apiSessionOrTokenRead(request, "dashboard:read", async (user) => {
    if (!ZCode.safeParse(code).success) return notFound();
    const asOf = new Date();
    const query = parsePlanDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
    const summary = await getPlanSummary(user, code, query, asOf);
    if (!summary) return notFound();
    return ok({
      asOf: asOf.toISOString(),
      plan: summary.plan,
      counts: summary.counts,
      targets: summary.rows.map((t) => ({
        id: t.id, code: t.code, metric: t.metric, unit: t.unit, kind: t.kind, comparator: t.comparator, value: t.value, valueHigh: t.valueHigh,
        task: { code: t.task.code, number: t.task.number, title: t.task.title }, leadUnits: t.leadUnits, ...progressOf(t),
      })),
    });
  });
}

/**
 * GET /api/v1/targets/{id} — a target with its source quote (every role that reads plans) and,
 * for staff and leaders, its progress: status, projection and the quarterly approved series.
 */
export async function showTarget(request: Request, { params }: Params<"id">): Promise<Response> {
  const { id } = await params;
  return apiSessionOrTokenRead(request, "plan:read", async (user) => {
    if (!ZCode.safeParse(id).success) return notFound();
    const target = await getTarget(user, id);
    if (!target) return notFound();
    const judged = can(user, "dashboard:read") ? await getTargetProgress(user, id) : null;
    const progress = judged && {
      ...progressOf(judged),
      projection: judged.projection,
      series: judged.series.map((s) => ({ year: s.year, quarter: s.quarter, actual: s.actual, milestoneDone: s.milestoneDone, reportCount: s.reportCount })),
    };
    return ok({ ...target, progress });
  });
}
