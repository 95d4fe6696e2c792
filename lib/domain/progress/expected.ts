import { chinaDay, dayFromIso, dayOf, elapsedShare, yearOfDay, type CalendarDay } from "./calendar";
import { milestonesOnLine } from "./milestones";
import { deadlineDay, lineStartDay, planStartDay, progressShape } from "./target";
import type { PlanPeriod, ProgressTarget } from "./types";

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/**
 * The progress a target should show at a date, 0..1 (null for a milestone, which is done or not).
 * A Date is read on the China calendar; a string is an ISO date.
 */
export function computeExpectedProgress(target: ProgressTarget, plan: PlanPeriod, at: Date | string): number | null {
  return expectedOnDay(target, plan, typeof at === "string" ? dayFromIso(at) : chinaDay(at));
}

/** As computeExpectedProgress, at the end of calendar day `day`. */
export function expectedOnDay(target: ProgressTarget, plan: PlanPeriod, day: CalendarDay): number | null {
  switch (progressShape(target)) {
    case "MILESTONE":
      return null;
    case "LEVEL":
      // Nothing is asked before the plan starts; from then on the whole level is.
      return day >= planStartDay(plan) ? 1 : 0;
    case "YEARLY": {
      const window = quotaYearWindow(target, plan, yearOfDay(day));
      return elapsedShare(window.from, window.to, day);
    }
    case "PATH":
      return pathExpected(target, plan, day);
  }
}

/**
 * The stretch of calendar year `year` a yearly quota covers, as day boundaries [from, to):
 * the year cut to the plan's start and the target's deadline.
 */
export function quotaYearWindow(target: ProgressTarget, plan: PlanPeriod, year: number): { from: CalendarDay; to: CalendarDay } {
  return {
    from: Math.max(dayOf(year, 1, 1), planStartDay(plan)),
    to: Math.min(dayOf(year + 1, 1, 1), deadlineDay(target) + 1),
  };
}

/** Straight line from the line start to the deadline, or through the yearly milestones when the plan sets them. */
function pathExpected(target: ProgressTarget, plan: PlanPeriod, day: CalendarDay): number {
  const start = lineStartDay(target, plan);
  const end = deadlineDay(target) + 1;
  const b = target.baselineValue ?? 0;
  const t = target.value as number;
  const inner = milestonesOnLine(target, plan);
  if (inner.length === 0) return elapsedShare(start, end, day);
  const points = [{ x: start, v: b }, ...inner, { x: end, v: t }];
  const x = day + 1;
  if (x <= start) return 0;
  if (x >= end) return 1;
  const i = points.findIndex((p) => p.x >= x);
  const [p, q] = [points[i - 1], points[i]];
  const v = p.v + ((q.v - p.v) * (x - p.x)) / (q.x - p.x);
  return clamp01((v - b) / (t - b));
}
