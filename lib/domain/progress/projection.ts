import { meetsRequirement, type TargetRequirement } from "./achievement";
import { isoFromDay, type CalendarDay } from "./calendar";
import { quarterEndDay } from "./quarters";
import type { ProgressObservation } from "./types";

/** Fewer quarters than this and a trend line says more about noise than about progress. */
export const PROJECTION_MIN_POINTS = 3;

export type Projection =
  | { kind: "NOT_APPLICABLE" }
  | { kind: "INSUFFICIENT_DATA"; points: number }
  | {
      kind: "PROJECTED";
      /** The value the trend reaches on `at`. */
      value: number;
      /** ISO date the projection is for: the deadline (for a yearly quota, the end of the judged year). */
      at: string;
      meetsTarget: boolean;
      /** Change per year along the trend. */
      slopePerYear: number;
      points: number;
    };

const DAYS_PER_YEAR = 365.25;

/**
 * Least-squares line through the quarterly figures (each placed at the end of its quarter),
 * extended to the end of day `atDay`. `series` is one figure per quarter (observations.ts).
 */
export function projectTrend(
  series: ProgressObservation[],
  req: TargetRequirement,
  baseline: number | null,
  atDay: CalendarDay,
): Projection {
  const points = series
    .filter((o): o is ProgressObservation & { value: number } => o.value !== null)
    .map((o) => ({ x: (quarterEndDay(o) + 1) / DAYS_PER_YEAR, y: o.value }));
  if (points.length < PROJECTION_MIN_POINTS) return { kind: "INSUFFICIENT_DATA", points: points.length };
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  // Distinct quarters guarantee sxx > 0.
  const slopePerYear = sxy / sxx;
  const value = meanY + slopePerYear * ((atDay + 1) / DAYS_PER_YEAR - meanX);
  return {
    kind: "PROJECTED",
    value,
    at: isoFromDay(atDay),
    meetsTarget: meetsRequirement(req, value, baseline),
    slopePerYear,
    points: n,
  };
}
