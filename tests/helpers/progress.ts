import type { PlanPeriod, ProgressObservation, ProgressTarget } from "@/lib/domain/progress";

/** 温政办〔2023〕80号: 2023—2025. */
export const WENZHOU_PLAN: PlanPeriod = { startYear: 2023, endYear: 2025 };

/** A "≥ 10 个 by 2025" count target; override what a test is about. */
export function makeTarget(overrides: Partial<ProgressTarget> = {}): ProgressTarget {
  return {
    kind: "COUNT",
    comparator: "GTE",
    value: 10,
    valueHigh: null,
    baselineValue: null,
    baselineYear: null,
    deadlineYear: 2025,
    deadlineDate: null,
    ...overrides,
  };
}

export const obs = (year: number, quarter: number, value: number | null): ProgressObservation => ({ year, quarter, value });

export const milestoneObs = (year: number, quarter: number, done: boolean, date?: string): ProgressObservation => ({
  year,
  quarter,
  value: null,
  milestoneDone: done,
  milestoneDate: date ?? null,
});

/** Noon in Beijing on an ISO date, so the instant sits mid-day on the China calendar. */
export const onChinaDay = (iso: string): Date => new Date(`${iso}T12:00:00+08:00`);
