import { chinaDay } from "./calendar";
import { isInformative } from "./observations";
import { compareQuarters, previousQuarter, quarterOfDay, sameQuarter } from "./quarters";
import { deadlineDay, planStartDay } from "./target";
import type { PlanPeriod, ProgressObservation, ProgressTarget } from "./types";

/**
 * Whether the report that was due is missing: no approved figure for the quarter before the one
 * `asOf` falls in. Only quarters inside the reporting window (plan start to the target's deadline)
 * are due, so a target is never stale before its plan starts or after its last quarter.
 */
export function isStale(target: ProgressTarget, plan: PlanPeriod, observations: ProgressObservation[], asOf: Date): boolean {
  const due = previousQuarter(quarterOfDay(chinaDay(asOf)));
  const first = quarterOfDay(planStartDay(plan));
  const last = quarterOfDay(deadlineDay(target));
  if (compareQuarters(due, first) < 0 || compareQuarters(due, last) > 0) return false;
  return !observations.some((o) => isInformative(target.kind, o) && sameQuarter(o, due));
}
