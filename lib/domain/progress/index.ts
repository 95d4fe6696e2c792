/** Judging progress: pure functions, no I/O (docs/decisions/001-judging-progress.md). */
export type { Comparator, PlanPeriod, ProgressObservation, ProgressTarget, Quarter, TargetKind, TargetMilestone } from "./types";
export { chinaDay, dayFromIso, isoFromDay, type CalendarDay } from "./calendar";
export {
  compareQuarters,
  nextQuarter,
  previousQuarter,
  quarterEndDate,
  quarterEndDay,
  quarterIndex,
  quarterLabel,
  quarterOf,
  quarterOfDay,
  quarterStartDay,
  quartersBetween,
  sameQuarter,
} from "./quarters";
export {
  computeAchievement,
  meetsRequirement,
  milestoneProgress,
  type Achievement,
  type MilestoneProgress,
  type RangePosition,
  type TargetRequirement,
} from "./achievement";
export { deadlineDay, planStartDay, progressShape, requirementOf, type ProgressShape } from "./target";
export { computeExpectedProgress, expectedOnDay } from "./expected";
export { checkMilestones, lastMilestoneYear, type MilestoneCheck, type MilestoneRowProblem, type MilestonesUnused } from "./milestones";
export {
  PROGRESS_STATUSES,
  STATUS_MARKER,
  STATUS_TOLERANCE,
  computeTargetStatus,
  progressStatusLabel,
  type ProgressStatus,
  type StatusTone,
} from "./status";
export { isStale } from "./stale";
export { PROJECTION_MIN_POINTS, projectTrend, type Projection } from "./projection";
export { quotaYears, type QuotaYear } from "./quota";
export { judgeTarget, type TargetJudgement } from "./judge";
