import { quarterOfObservation } from "./observations";
import type { Comparator, ProgressObservation, Quarter } from "./types";

/** What a figure is held against: the comparator and its value(s), e.g. ≥ 10, ≤ 11, 12–18. */
export interface TargetRequirement {
  comparator: Comparator;
  value: number;
  valueHigh: number | null;
}

export type RangePosition = "BELOW" | "WITHIN" | "ABOVE";

export interface Achievement {
  /** Unclamped: 1 = exactly at the target, above 1 = past it, below 0 = worse than the baseline. */
  raw: number;
  /** raw clamped to 0..1 for bars and percentages (a bar cannot be fuller than full or emptier than empty). */
  display: number;
  achieved: boolean;
  /** Only for RANGE targets. */
  position?: RangePosition;
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** LTE / LT aim down; "= t" aims down only when the baseline is above t (there is no numeric EQ target in the seed). */
export function aimsDown(req: TargetRequirement, baseline: number | null): boolean {
  if (req.comparator === "LTE" || req.comparator === "LT") return true;
  return req.comparator === "EQ" && baseline !== null && baseline > req.value;
}

/** Whether the figure satisfies the requirement. "= t" reads as "reach t" (达到), from the baseline's side. */
export function meetsRequirement(req: TargetRequirement, actual: number, baseline: number | null): boolean {
  const t = req.value;
  switch (req.comparator) {
    case "GTE":
      return actual >= t;
    case "GT":
      return actual > t;
    case "LTE":
      return actual <= t;
    case "LT":
      return actual < t;
    case "EQ":
      return aimsDown(req, baseline) ? actual <= t : actual >= t;
    case "RANGE":
      return actual >= t && (req.valueHigh === null || actual <= req.valueHigh);
  }
}

/** Progress towards a value to reach: (a − b)/(t − b); with no usable baseline below t, a/t. */
function upwardProgress(a: number, t: number, b: number | null, met: boolean): number {
  if (b !== null && b < t) return (a - b) / (t - b);
  // t == b (hold the baseline) or no baseline: measured against the target itself.
  if (t > 0) return a / t;
  return met ? 1 : 0;
}

/**
 * Progress towards a value to stay under. With a baseline above the ceiling it is the same
 * straight line (a − b)/(t − b). Without one, 1 − (a − t)/t: 1 at the ceiling, 0.9 at 10 % over it
 * (so STATUS_TOLERANCE = 0.1 reads "up to 10 % over the ceiling"), 0 at twice the ceiling.
 */
function downwardProgress(a: number, t: number, b: number | null, met: boolean): number {
  if (b !== null && b > t) return (a - b) / (t - b);
  if (t > 0) return 1 - (a - t) / t;
  return met ? 1 : 0;
}

/** How far `actual` has come towards the requirement; `baseline` is the plan's starting figure, if any. */
export function computeAchievement(req: TargetRequirement, actual: number, baseline: number | null): Achievement {
  const achieved = meetsRequirement(req, actual, baseline);
  if (req.comparator === "RANGE" && req.valueHigh !== null) {
    // Below the band: the share of its lower bound. Above it: scored like a ceiling breach of its upper bound.
    if (actual < req.value) return result(upwardProgress(actual, req.value, baseline, false), false, "BELOW");
    if (actual > req.valueHigh) return result(downwardProgress(actual, req.valueHigh, null, false), false, "ABOVE");
    return result(1, true, "WITHIN");
  }
  const raw = aimsDown(req, baseline)
    ? downwardProgress(actual, req.value, baseline, achieved)
    : upwardProgress(actual, req.value, baseline, achieved);
  return result(raw, achieved);
}

function result(raw: number, achieved: boolean, position?: RangePosition): Achievement {
  return position ? { raw, display: clamp01(raw), achieved, position } : { raw, display: clamp01(raw), achieved };
}

export interface MilestoneProgress {
  done: boolean;
  /** The quarter whose report first said done (in the latest unbroken run of "done" reports). */
  doneIn: Quarter | null;
  /** The completion date a reporter gave, if any. */
  doneOn: string | null;
}

/** A milestone is done when the latest report says so; `series` is oldest first, one per quarter. */
export function milestoneProgress(series: ProgressObservation[]): MilestoneProgress | null {
  if (series.length === 0) return null;
  if (series[series.length - 1].milestoneDone !== true) return { done: false, doneIn: null, doneOn: null };
  let first = series.length - 1;
  while (first > 0 && series[first - 1].milestoneDone === true) first--;
  const run = series.slice(first);
  return { done: true, doneIn: quarterOfObservation(run[0]), doneOn: run.find((o) => o.milestoneDate)?.milestoneDate ?? null };
}

export const milestoneAchievement = (p: MilestoneProgress): Achievement => result(p.done ? 1 : 0, p.done);
