import { m } from "../../i18n";
import type { Achievement } from "./achievement";

/**
 * How far below the expected progress a target may fall and still read 存在风险 rather than
 * 严重滞后: 0.1 = within 10 percentage points, the boundary itself included.
 */
export const STATUS_TOLERANCE = 0.1;

/** Slack for floating point (0.4 − 0.1 = 0.30000000000000004), far below any reported precision. */
const EPSILON = 1e-9;

export const PROGRESS_STATUSES = ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA", "OVERDUE"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export type StatusTone = "ok" | "warn" | "bad" | "neutral";

/**
 * A status is never shown by colour alone: each has a symbol and an icon name to print beside its
 * label, and a tone naming the theme colour (ok / warn / bad) it may additionally be drawn in.
 */
export const STATUS_MARKER: Record<ProgressStatus, { symbol: string; icon: string; tone: StatusTone }> = {
  ACHIEVED: { symbol: "✓", icon: "check", tone: "ok" },
  ON_TRACK: { symbol: "▲", icon: "trending-up", tone: "ok" },
  AT_RISK: { symbol: "!", icon: "alert-triangle", tone: "warn" },
  OFF_TRACK: { symbol: "✕", icon: "x-circle", tone: "bad" },
  NO_DATA: { symbol: "–", icon: "minus", tone: "neutral" },
  OVERDUE: { symbol: "◆", icon: "clock", tone: "bad" },
};

/** "已达成", "正常推进" … */
export const progressStatusLabel = (status: ProgressStatus): string => m.progressStatus.labels[status];

export interface StatusInput {
  /** null when nothing has been reported. */
  achievement: Achievement | null;
  /** null for a milestone: there is no partial progress to expect. */
  expected: number | null;
  deadlinePassed: boolean;
  tolerance?: number;
}

/**
 * DOMAIN.md "How progress is judged", in this order: nothing reported → 未填报; target met →
 * 已达成; deadline passed → 已逾期; at or above expected → 正常推进; within the tolerance below it →
 * 存在风险; further below → 严重滞后. Uses the raw achievement, so negative progress counts as such.
 * A figure above a range's upper bound is a breach, like a ceiling's: it is held against the whole
 * target (1) whatever the date, since cumulative counts do not come back down.
 */
export function computeTargetStatus({ achievement, expected, deadlinePassed, tolerance = STATUS_TOLERANCE }: StatusInput): ProgressStatus {
  if (achievement === null) return "NO_DATA";
  if (achievement.achieved) return "ACHIEVED";
  if (deadlinePassed) return "OVERDUE";
  if (expected === null) return "ON_TRACK";
  const due = achievement.position === "ABOVE" ? 1 : expected;
  if (achievement.raw >= due - EPSILON) return "ON_TRACK";
  if (achievement.raw >= due - tolerance - EPSILON) return "AT_RISK";
  return "OFF_TRACK";
}
