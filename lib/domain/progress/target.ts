import { aimsDown, type TargetRequirement } from "./achievement";
import { dayFromIso, dayOf, type CalendarDay } from "./calendar";
import type { PlanPeriod, ProgressTarget } from "./types";

/** The first day of the plan: its start date, or 1 January of its start year. */
export const planStartDay = (plan: PlanPeriod): CalendarDay => (plan.startDate ? dayFromIso(plan.startDate) : dayOf(plan.startYear, 1, 1));

/** The last day of the target: its deadline date, or 31 December of its deadline year. */
export const deadlineDay = (target: ProgressTarget): CalendarDay =>
  target.deadlineDate ? dayFromIso(target.deadlineDate) : dayOf(target.deadlineYear, 12, 31);

/**
 * Where the straight line starts. A baseline stated for a year before the plan (天津 "十三五期末",
 * i.e. the end of 2020) starts the line at the end of that year; a baseline of the plan's own years
 * describes the situation the plan was drafted in, so the line starts with the plan.
 */
export function lineStartDay(target: ProgressTarget, plan: PlanPeriod): CalendarDay {
  const start = planStartDay(plan);
  return target.baselineYear === null ? start : Math.min(start, dayOf(target.baselineYear + 1, 1, 1));
}

/** The comparator and figures a reported value is held against. */
export function requirementOf(target: ProgressTarget): TargetRequirement {
  if (target.value === null) throw new RangeError("A milestone target has no value to compare against");
  return { comparator: target.comparator, value: target.value, valueHigh: target.valueHigh };
}

/**
 * How progress is expected to unfold (docs/decisions/001-judging-progress.md):
 * - PATH: from the baseline (0 if none) to the target along a straight line or the yearly milestones;
 * - LEVEL: a level required throughout the plan (growth rate, ratio, a ceiling with no baseline above it,
 *   a target equal to its baseline);
 * - YEARLY: a quota judged afresh each calendar year;
 * - MILESTONE: done or not done.
 */
export type ProgressShape = "PATH" | "LEVEL" | "YEARLY" | "MILESTONE";

export function progressShape(target: ProgressTarget): ProgressShape {
  if (target.kind === "MILESTONE" || target.value === null) return "MILESTONE";
  if (target.kind === "YEARLY_QUOTA") return "YEARLY";
  if (target.kind === "GROWTH_RATE" || target.kind === "RATIO") return "LEVEL";
  const b = target.baselineValue;
  if (aimsDown(requirementOf(target), b)) return b !== null && b > target.value ? "PATH" : "LEVEL";
  return (b ?? 0) < target.value ? "PATH" : "LEVEL";
}

/** The baseline progress is measured from: PATH targets use the plan's, the other shapes none. */
export const measuringBaseline = (target: ProgressTarget): number | null =>
  progressShape(target) === "PATH" ? target.baselineValue : null;
