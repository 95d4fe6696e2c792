import "server-only";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { PROGRESS_STATUSES, type ProgressStatus } from "../../domain/progress";
import { loadJudgedTargets, type JudgedTarget } from "./judged-targets";

export type StatusCounts = Record<ProgressStatus, number>;

export interface PlanOverview {
  code: string;
  shortTitle: string;
  startYear: number;
  endYear: number;
  total: number;
  counts: StatusCounts;
  /** Share of targets achieved or on track, 0..1 (0 when the plan has no targets). */
  goodShare: number;
  /** Worst first: furthest below the expected progress among the lagging targets. */
  lagging: JudgedTarget[];
  /** Targets whose status differs from a quarter ago. */
  changed: { target: JudgedTarget; from: ProgressStatus; to: ProgressStatus }[];
  improved: number;
  worsened: number;
}

const LAGGING: readonly ProgressStatus[] = ["OFF_TRACK", "OVERDUE", "AT_RISK"];
/** How good a status is, to tell an improvement from a setback. */
const RANK: Record<ProgressStatus, number> = { ACHIEVED: 5, ON_TRACK: 4, AT_RISK: 3, OFF_TRACK: 2, OVERDUE: 1, NO_DATA: 0 };

export const emptyCounts = (): StatusCounts => Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as StatusCounts;

export function countStatuses(targets: readonly JudgedTarget[]): StatusCounts {
  const counts = emptyCounts();
  for (const t of targets) counts[t.status] += 1;
  return counts;
}

/** How far a target is behind: expected minus achieved (a missing figure counts as nothing achieved). */
export const gapOf = (t: JudgedTarget) => (t.expected ?? 1) - (t.raw ?? 0);

export function summarisePlan(targets: JudgedTarget[], laggingLimit = 5): Omit<PlanOverview, "code" | "shortTitle" | "startYear" | "endYear"> {
  const counts = countStatuses(targets);
  const changed = targets
    .filter((t) => t.previousStatus !== null && t.status !== t.previousStatus)
    .map((t) => ({ target: t, from: t.previousStatus!, to: t.status }));
  return {
    total: targets.length,
    counts,
    goodShare: targets.length === 0 ? 0 : (counts.ACHIEVED + counts.ON_TRACK) / targets.length,
    lagging: targets
      .filter((t) => LAGGING.includes(t.status))
      .sort((a, b) => LAGGING.indexOf(a.status) - LAGGING.indexOf(b.status) || gapOf(b) - gapOf(a))
      .slice(0, laggingLimit),
    changed,
    improved: changed.filter((c) => RANK[c.to] > RANK[c.from]).length,
    worsened: changed.filter((c) => RANK[c.to] < RANK[c.from]).length,
  };
}

/** The leaders' overview: every visible plan with its status counts, laggards and changes. */
export async function getDashboardOverview(actor: SessionUser, asOf = new Date()): Promise<PlanOverview[]> {
  assertCan(actor, "dashboard:read");
  const targets = await loadJudgedTargets(actor.regionPath, {}, asOf, { withPrevious: true });
  const plans = new Map<string, JudgedTarget[]>();
  for (const t of targets) {
    const list = plans.get(t.plan.code);
    if (list) list.push(t);
    else plans.set(t.plan.code, [t]);
  }
  return [...plans.values()].map((list) => {
    const { code, shortTitle, startYear, endYear } = list[0].plan;
    return { code, shortTitle, startYear, endYear, ...summarisePlan(list) };
  });
}
