import { computeAchievement, type Achievement } from "./achievement";
import { yearOfDay } from "./calendar";
import { quarterOfObservation } from "./observations";
import { computeTargetStatus, type ProgressStatus } from "./status";
import { deadlineDay, planStartDay, requirementOf } from "./target";
import type { PlanPeriod, ProgressObservation, ProgressTarget, Quarter } from "./types";

/** One calendar year of a yearly quota (每年…), judged on its own. */
export interface QuotaYear {
  year: number;
  /** The year-to-date figure of the year's latest report; null when nothing was reported that year. */
  value: number | null;
  quarter: Quarter | null;
  /** Against the yearly quota, from 0 (each year starts afresh; the plan's baseline does not apply). */
  achievement: Achievement | null;
}

/** The calendar year a quota is judged in for a day: its own year, kept within the plan and the deadline. */
export function quotaYearOf(target: ProgressTarget, plan: PlanPeriod, day: number): number {
  const first = yearOfDay(planStartDay(plan));
  const last = yearOfDay(deadlineDay(target));
  return Math.min(last, Math.max(first, yearOfDay(day)));
}

/** Every plan year up to `throughYear`, each with its latest figure; `series` is one figure per quarter, oldest first. */
export function quotaYears(target: ProgressTarget, plan: PlanPeriod, series: ProgressObservation[], throughYear: number): QuotaYear[] {
  const req = requirementOf(target);
  const years: QuotaYear[] = [];
  for (let year = yearOfDay(planStartDay(plan)); year <= throughYear; year++) {
    const latest = series.filter((o) => o.year === year).at(-1);
    years.push(
      latest && latest.value !== null
        ? { year, value: latest.value, quarter: quarterOfObservation(latest), achievement: computeAchievement(req, latest.value, null) }
        : { year, value: null, quarter: null, achievement: null },
    );
  }
  return years;
}

/**
 * Before the deadline the status is the judged year's: a missed year cannot be made up later, so
 * it is listed (QuotaYear.achievement.achieved = false) rather than dragging every later year down.
 * After the deadline the quota as a whole is judged: 已逾期 if any reported year fell short.
 */
export function quotaStatus(years: QuotaYear[], expected: number, deadlinePassed: boolean): ProgressStatus {
  const current = years.at(-1)?.achievement ?? null;
  if (!deadlinePassed) return computeTargetStatus({ achievement: current, expected, deadlinePassed });
  const reported = years.filter((y) => y.achievement !== null);
  if (reported.length === 0) return "NO_DATA";
  if (reported.some((y) => !y.achievement?.achieved)) return "OVERDUE";
  return current === null ? "NO_DATA" : "ACHIEVED";
}
