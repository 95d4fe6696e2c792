import { computeAchievement, milestoneAchievement, milestoneProgress, type Achievement, type MilestoneProgress } from "./achievement";
import { chinaDay, isoFromDay, type CalendarDay } from "./calendar";
import { expectedOnDay, quotaYearWindow } from "./expected";
import { quarterOfObservation, quarterlySeries } from "./observations";
import { projectTrend, type Projection } from "./projection";
import { compareQuarters, previousQuarter, quarterEndDay, quarterOfDay } from "./quarters";
import { quotaStatus, quotaYearOf, quotaYears, type QuotaYear } from "./quota";
import { isStale } from "./stale";
import { computeTargetStatus, type ProgressStatus } from "./status";
import { deadlineDay, measuringBaseline, progressShape, requirementOf, type ProgressShape } from "./target";
import type { PlanPeriod, ProgressObservation, ProgressTarget, Quarter } from "./types";

export interface TargetJudgement {
  status: ProgressStatus;
  /** Of the latest figure (for a yearly quota: of the judged year); null when nothing was reported. */
  achievement: Achievement | null;
  /** 0..1; null for a milestone. */
  expected: number | null;
  /** ISO date the achievement is held against the expectation at (see judgementDay). */
  judgedAt: string;
  latest: { value: number | null; milestoneDone: boolean | null; quarter: Quarter } | null;
  stale: boolean;
  projection: Projection;
  /** ISO date of the target's last day. */
  deadline: string;
  deadlinePassed: boolean;
  shape: ProgressShape;
  /** YEARLY_QUOTA only: the judged year and every plan year up to it. */
  quota?: { year: number; years: QuotaYear[] };
  /** MILESTONE only; null when never reported. */
  milestone?: MilestoneProgress | null;
}

/**
 * The day progress is judged at: the end of the quarter the figures describe. A report for a
 * quarter arrives weeks after it ends; holding it against `asOf` would make every target that is
 * exactly on pace read 存在风险 for most of each quarter. The quarter is the last one due (the one
 * before `asOf`'s) or, if a later one has already been reported, that one; never later than asOf.
 */
function judgementDay(series: ProgressObservation[], asOfDay: CalendarDay): CalendarDay {
  const due = previousQuarter(quarterOfDay(asOfDay));
  const latest = series.at(-1);
  const quarter = latest && compareQuarters(latest, due) > 0 ? latest : due;
  return Math.min(quarterEndDay(quarter), asOfDay);
}

function latestOf(series: ProgressObservation[]): TargetJudgement["latest"] {
  const last = series.at(-1);
  return last ? { value: last.value, milestoneDone: last.milestoneDone ?? null, quarter: quarterOfObservation(last) } : null;
}

/**
 * The one entry point for dashboards and the API: how a target stands on `asOf`, from its approved
 * quarterly figures (DOMAIN.md "How progress is judged", docs/decisions/001-judging-progress.md).
 */
export function judgeTarget(target: ProgressTarget, plan: PlanPeriod, observations: ProgressObservation[], asOf: Date): TargetJudgement {
  const asOfDay = chinaDay(asOf);
  const series = quarterlySeries(target.kind, observations, quarterOfDay(asOfDay));
  const day = judgementDay(series, asOfDay);
  const deadline = deadlineDay(target);
  const shape = progressShape(target);
  const common = {
    judgedAt: isoFromDay(day),
    latest: latestOf(series),
    stale: isStale(target, plan, observations, asOf),
    deadline: isoFromDay(deadline),
    deadlinePassed: asOfDay > deadline,
    shape,
  };

  if (shape === "MILESTONE") {
    const milestone = milestoneProgress(series);
    const achievement = milestone ? milestoneAchievement(milestone) : null;
    const status = computeTargetStatus({ achievement, expected: null, deadlinePassed: common.deadlinePassed });
    return { ...common, status, achievement, expected: null, projection: { kind: "NOT_APPLICABLE" }, milestone };
  }

  const req = requirementOf(target);
  const expected = expectedOnDay(target, plan, day) ?? 0;

  if (shape === "YEARLY") {
    const year = quotaYearOf(target, plan, day);
    const years = quotaYears(target, plan, series, year);
    const status = quotaStatus(years, expected, common.deadlinePassed);
    const yearEnd = quotaYearWindow(target, plan, year).to - 1;
    const projection = projectTrend(series.filter((o) => o.year === year), req, null, yearEnd);
    // A figure for a year after the deadline's (reported once the quota has ended) is no year of the
    // quota: it is neither judged nor shown as the quota's latest figure beside the status it did not decide.
    const latest = latestOf(series.filter((o) => o.year <= year));
    return { ...common, latest, status, achievement: years.at(-1)?.achievement ?? null, expected, projection, quota: { year, years } };
  }

  const last = series.at(-1);
  const baseline = measuringBaseline(target);
  const achievement = last && last.value !== null ? computeAchievement(req, last.value, baseline) : null;
  const status = computeTargetStatus({ achievement, expected, deadlinePassed: common.deadlinePassed });
  return { ...common, status, achievement, expected, projection: projectTrend(series, req, baseline, deadline) };
}
