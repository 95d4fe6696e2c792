import { describe, expect, it } from "vitest";
import {
  PROJECTION_MIN_POINTS,
  dayFromIso,
  judgeTarget,
  projectTrend,
  quarterEndDay,
  type ProgressObservation,
  type TargetRequirement,
} from "@/lib/domain/progress";
import { WENZHOU_PLAN, makeTarget, milestoneObs, obs, onChinaDay } from "../helpers/progress";

const atLeast = (value: number): TargetRequirement => ({ comparator: "GTE", value, valueHigh: null });
const DEADLINE = dayFromIso("2025-12-31");
const ORIGIN = dayFromIso("2023-01-01");

/** A figure exactly linear in time: `perDay` per day since 1 January 2023, read at the end of each quarter. */
const linear = (perDay: number, start: number, quarters: [number, number][]): ProgressObservation[] =>
  quarters.map(([year, quarter]) => obs(year, quarter, start + perDay * (quarterEndDay({ year, quarter }) + 1 - ORIGIN)));

describe("projectTrend", () => {
  it("needs at least PROJECTION_MIN_POINTS quarters", () => {
    expect(PROJECTION_MIN_POINTS).toBe(3);
    expect(projectTrend([], atLeast(10), null, DEADLINE)).toEqual({ kind: "INSUFFICIENT_DATA", points: 0 });
    expect(projectTrend([obs(2024, 1, 2), obs(2024, 2, 4)], atLeast(10), null, DEADLINE)).toEqual({ kind: "INSUFFICIENT_DATA", points: 2 });
  });

  it("extends an exactly linear series to the deadline", () => {
    // 0.01 a day from 0 on 1 January 2023 reaches 10.96 by the end of 2025 (1096 days).
    const series = linear(0.01, 0, [
      [2024, 1],
      [2024, 2],
      [2024, 3],
    ]);
    const p = projectTrend(series, atLeast(10), null, DEADLINE);
    expect(p).toMatchObject({ kind: "PROJECTED", at: "2025-12-31", meetsTarget: true, points: 3 });
    if (p.kind !== "PROJECTED") throw new Error("projected");
    expect(p.value).toBeCloseTo(10.96, 9);
    expect(p.slopePerYear).toBeCloseTo(3.6525, 9);
  });

  it("says when the trend falls short", () => {
    const p = projectTrend(linear(0.005, 0, [[2024, 1], [2024, 2], [2024, 3], [2024, 4]]), atLeast(10), null, DEADLINE);
    expect(p).toMatchObject({ kind: "PROJECTED", meetsTarget: false });
    if (p.kind === "PROJECTED") expect(p.value).toBeCloseTo(5.48, 9);
  });

  it("fits a least-squares line through scattered figures", () => {
    // x at the quarter ends of 2024 Q1–Q3 in years; y = 1, 3, 2: the slope is small and positive.
    const p = projectTrend([obs(2024, 1, 1), obs(2024, 2, 3), obs(2024, 3, 2)], atLeast(10), null, DEADLINE);
    if (p.kind !== "PROJECTED") throw new Error("projected");
    expect(p.slopePerYear).toBeGreaterThan(0);
    expect(p.slopePerYear).toBeLessThan(4);
    expect(p.meetsTarget).toBe(false);
  });

  it("projects a ceiling downwards", () => {
    const falling = linear(-0.003, 14, [[2024, 1], [2024, 2], [2024, 3]]);
    const p = projectTrend(falling, { comparator: "LTE", value: 11, valueHigh: null }, null, DEADLINE);
    expect(p).toMatchObject({ kind: "PROJECTED", meetsTarget: true });
    if (p.kind === "PROJECTED") expect(p.value).toBeCloseTo(14 - 0.003 * 1096, 9);
    const flat = projectTrend([obs(2024, 1, 12), obs(2024, 2, 12), obs(2024, 3, 12)], { comparator: "LTE", value: 11, valueHigh: null }, null, DEADLINE);
    expect(flat).toMatchObject({ kind: "PROJECTED", value: 12, meetsTarget: false });
  });
});

describe("projection inside judgeTarget", () => {
  it("is not applicable to a milestone", () => {
    const milestone = makeTarget({ kind: "MILESTONE", comparator: "EQ", value: null });
    const series = [milestoneObs(2024, 1, false), milestoneObs(2024, 2, false), milestoneObs(2024, 3, false)];
    expect(judgeTarget(milestone, WENZHOU_PLAN, series, onChinaDay("2024-10-15")).projection).toEqual({ kind: "NOT_APPLICABLE" });
  });

  it("counts a quarter once and ignores quarters after asOf", () => {
    const series = [obs(2024, 1, 1), obs(2024, 1, 2), obs(2024, 2, 3), obs(2024, 4, 9)];
    expect(judgeTarget(makeTarget(), WENZHOU_PLAN, series, onChinaDay("2024-08-15")).projection).toEqual({ kind: "INSUFFICIENT_DATA", points: 2 });
  });

  it("projects a yearly quota to the end of the judged year from that year's figures only", () => {
    const quota = makeTarget({ kind: "YEARLY_QUOTA", value: 10 });
    const asOf = onChinaDay("2025-10-15");
    // 2024's 40 does not lift 2025's trend: 3, 6, 9 by the end of Q1–Q3 heads for about 12.
    const onPace = judgeTarget(quota, WENZHOU_PLAN, [obs(2024, 4, 40), obs(2025, 1, 3), obs(2025, 2, 6), obs(2025, 3, 9)], asOf).projection;
    expect(onPace).toMatchObject({ kind: "PROJECTED", at: "2025-12-31", points: 3, meetsTarget: true });
    if (onPace.kind === "PROJECTED") expect(onPace.value).toBeCloseTo(12.02, 2);
    const behind = judgeTarget(quota, WENZHOU_PLAN, [obs(2024, 4, 40), obs(2025, 1, 2), obs(2025, 2, 4), obs(2025, 3, 6)], asOf).projection;
    expect(behind).toMatchObject({ kind: "PROJECTED", meetsTarget: false });
    const early = judgeTarget(quota, WENZHOU_PLAN, [obs(2024, 3, 8), obs(2024, 4, 12), obs(2025, 1, 3), obs(2025, 2, 6)], onChinaDay("2025-07-15"));
    expect(early.projection).toEqual({ kind: "INSUFFICIENT_DATA", points: 2 });
  });
});
