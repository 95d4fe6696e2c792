import type { Comparator, TargetKind } from "../generated/prisma/enums";
import { m } from "../i18n";

export interface TargetValueInput {
  comparator: Comparator;
  value: number | null;
  valueHigh: number | null;
  unit: string;
  kind: TargetKind;
}

const SYMBOL: Record<Exclude<Comparator, "RANGE">, string> = { GTE: "≥", GT: ">", LTE: "≤", LT: "<", EQ: "=" };

/** 10 → "10", 66.6700 → "66.67", 0.7 → "0.7": no grouping, as the plans write their figures. */
export function formatFigure(n: number): string {
  return String(Number(n.toFixed(4)));
}

/** Percent signs sit on the number (11%); every other unit is spaced (10 个, 12–18 个/年). */
function withUnit(figure: string, unit: string): string {
  if (unit === "") return figure;
  if (unit === "%" || unit === "‰") return `${figure}${unit}`;
  return `${figure} ${unit}`;
}

/**
 * A target's commitment as staff read it: "≥ 10 个", "≤ 11%", "12–18 个/年", "≥ 1:1".
 * A milestone has no figure (seed/schema.ts) and reads "按期完成".
 */
export function formatTargetValue(t: TargetValueInput): string {
  if (t.value === null) return m.targets.value.milestone;
  // 配比 targets store the left-hand side of "x:1" (贵州 "不低于1:1比例", 天津 "不高于1：1").
  const figure = t.kind === "RATIO" && t.unit === "配比" ? `${formatFigure(t.value)}:1` : null;
  if (t.comparator === "RANGE") {
    const high = t.valueHigh === null ? "" : `–${formatFigure(t.valueHigh)}`;
    return withUnit(`${formatFigure(t.value)}${high}`, t.unit);
  }
  const symbol = SYMBOL[t.comparator];
  return figure ? `${symbol} ${figure}` : `${symbol} ${withUnit(formatFigure(t.value), t.unit)}`;
}

/** The baseline the plan states, e.g. "35 个（2020年）". */
export function formatBaseline(value: number | null, unit: string, year: number | null): string | null {
  if (value === null) return null;
  const figure = unit === "配比" ? `${formatFigure(value)}:1` : withUnit(formatFigure(value), unit);
  return year === null ? figure : `${figure}${m.targets.value.baselineYear(year)}`;
}

/** Yearly milestones as the plans write them: "2024年 6 个；2025年 9 个"; "" when none. */
export function formatMilestones(milestones: { year: number; value: number }[], unit: string): string {
  return milestones.map((ms) => `${m.targets.deadline(ms.year)} ${formatBaseline(ms.value, unit, null)}`).join("；");
}
