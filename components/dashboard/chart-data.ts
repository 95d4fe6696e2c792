import type { JudgedTarget } from "@/lib/dal/dashboard/judged-targets";

export interface ChartPoint {
  label: string;
  actual: number | null;
  path: number | null;
  projection: number | null;
}

/**
 * One point per quarter from the plan's start to the deadline (or the last report, if later):
 * the approved cumulative actual, the straight path from baseline to target, and the projection
 * drawn from the last actual to the predicted value at the deadline.
 */
export function chartPoints(t: JudgedTarget): ChartPoint[] {
  if (t.value === null) return [];
  const start = t.plan.startYear * 4;
  const deadlineIndex = Number(t.deadline.slice(0, 4)) * 4 + Math.floor((Number(t.deadline.slice(5, 7)) - 1) / 3);
  const lastActual = t.series.filter((s) => s.actual !== null).at(-1);
  const end = Math.max(deadlineIndex, lastActual ? lastActual.year * 4 + lastActual.quarter - 1 : 0);
  const base = t.baselineValue ?? (t.comparator === "LTE" || t.comparator === "LT" ? null : 0);
  const byIndex = new Map(t.series.map((s) => [s.year * 4 + s.quarter - 1, s.actual]));
  const projection = t.projection.kind === "PROJECTED" ? t.projection.value : null;
  const points: ChartPoint[] = [];
  for (let i = start; i <= end; i++) {
    const share = Math.min(1, (i + 1 - start) / (deadlineIndex + 1 - start));
    const isLast = lastActual && i === lastActual.year * 4 + lastActual.quarter - 1;
    points.push({
      label: `${Math.floor(i / 4)}Q${(i % 4) + 1}`,
      actual: byIndex.get(i) ?? null,
      path: base === null ? t.value : Math.round((base + (t.value - base) * share) * 100) / 100,
      projection: projection === null ? null : isLast ? (byIndex.get(i) ?? null) : i === deadlineIndex && lastActual && i > lastActual.year * 4 + lastActual.quarter - 1 ? Math.round(projection * 100) / 100 : null,
    });
  }
  return points;
}
