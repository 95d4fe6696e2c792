import { aimsDown } from "./achievement";
import { dayOf, type CalendarDay } from "./calendar";
import { deadlineDay, lineStartDay, progressShape, requirementOf } from "./target";
import type { PlanPeriod, ProgressTarget } from "./types";

/** A milestone is the value due by the end of its year: its point on the line is 1 January of the next. */
const pointOf = (year: number): CalendarDay => dayOf(year + 1, 1, 1);

/**
 * The yearly milestones the expected-progress line passes through, oldest first, as points
 * (day, value). Those at or outside the line's ends are not used: the line starts at the
 * baseline and ends at the target value itself.
 */
export function milestonesOnLine(target: ProgressTarget, plan: PlanPeriod): { x: CalendarDay; v: number }[] {
  const start = lineStartDay(target, plan);
  const end = deadlineDay(target) + 1;
  return (target.milestones ?? [])
    .map((m) => ({ x: pointOf(m.year), v: m.value }))
    .filter((p) => p.x > start && p.x < end)
    .sort((p, q) => p.x - q.x);
}

/** The last year whose milestone the line uses: the year before the deadline's (or the deadline's, for a date on 31 December). */
export function lastMilestoneYear(target: ProgressTarget): number {
  const end = deadlineDay(target) + 1;
  let year = target.deadlineYear;
  while (pointOf(year) >= end && year > 1949) year--;
  return year;
}

/** Why a target takes no milestones at all: they would never be used to judge it. */
export type MilestonesUnused = "MILESTONE" | "YEARLY" | "LEVEL";

export type MilestoneRowProblem =
  | { kind: "yearBeforePlan"; startYear: number }
  | { kind: "yearAfterLast"; lastYear: number }
  /** Not between the baseline and the target, on the side the comparator aims from. */
  | { kind: "outsidePath"; down: boolean; from: number; to: number }
  /** Going back: below (or for a ceiling above) an earlier year's milestone. */
  | { kind: "backwards"; down: boolean };

export interface MilestoneCheck {
  unused: MilestonesUnused | null;
  rows: { index: number; field: "year" | "value"; problem: MilestoneRowProblem }[];
}

/**
 * The rules a target's yearly milestones follow so that lib/domain/progress uses every one of
 * them (DOMAIN.md: expected progress runs along the milestones where the plan sets them):
 * only a target judged along a path from its baseline takes them; each year lies within the
 * plan (when its start is known) and before the deadline year, whose value is the target
 * itself; each value lies between the baseline (0 when none) and the target, and the values
 * move towards the target year by year — upwards for a figure to reach, downwards for a
 * ceiling (≤, <) or an "=" target starting above it.
 */
export function checkMilestones(target: ProgressTarget, planStartYear: number | null): MilestoneCheck {
  const milestones = target.milestones ?? [];
  if (milestones.length === 0) return { unused: null, rows: [] };
  const shape = progressShape(target);
  if (shape !== "PATH") return { unused: shape, rows: [] };
  const t = requirementOf(target).value;
  const b = target.baselineValue ?? 0;
  const down = aimsDown(requirementOf(target), target.baselineValue);
  const lastYear = lastMilestoneYear(target);
  const rows: MilestoneCheck["rows"] = [];
  milestones.forEach((m, index) => {
    if (planStartYear !== null && m.year < planStartYear) rows.push({ index, field: "year", problem: { kind: "yearBeforePlan", startYear: planStartYear } });
    else if (m.year > lastYear) rows.push({ index, field: "year", problem: { kind: "yearAfterLast", lastYear } });
    const [low, high] = down ? [t, b] : [b, t];
    if (m.value < low || m.value > high) rows.push({ index, field: "value", problem: { kind: "outsidePath", down, from: b, to: t } });
    else if (milestones.some((e) => e.year < m.year && (down ? e.value < m.value : e.value > m.value)))
      rows.push({ index, field: "value", problem: { kind: "backwards", down } });
  });
  return { unused: null, rows };
}
