import { describe, expect, it } from "vitest";
import { computeAchievement, meetsRequirement, milestoneProgress, type TargetRequirement } from "@/lib/domain/progress";
import { milestoneObs } from "../helpers/progress";

const atLeast = (value: number): TargetRequirement => ({ comparator: "GTE", value, valueHigh: null });
const atMost = (value: number): TargetRequirement => ({ comparator: "LTE", value, valueHigh: null });
const band = (value: number, valueHigh: number): TargetRequirement => ({ comparator: "RANGE", value, valueHigh });

describe("achievement of a count-like target: (a − b)/(t − b)", () => {
  it("measures from zero when the plan gives no baseline", () => {
    expect(computeAchievement(atLeast(10), 4, null)).toEqual({ raw: 0.4, display: 0.4, achieved: false });
  });

  it("is achieved at the target and caps the display at 100 % above it, keeping the raw value", () => {
    expect(computeAchievement(atLeast(10), 10, null)).toEqual({ raw: 1, display: 1, achieved: true });
    expect(computeAchievement(atLeast(10), 12, null)).toEqual({ raw: 1.2, display: 1, achieved: true });
  });

  it("measures from the baseline (温州 A1-05: 9 → 10)", () => {
    expect(computeAchievement(atLeast(10), 9.5, 9).raw).toBeCloseTo(0.5);
    expect(computeAchievement(atLeast(15), 12, 9).raw).toBeCloseTo(0.5);
  });

  it("goes negative below the baseline, the display stopping at 0", () => {
    const a = computeAchievement(atLeast(10), 8, 9);
    expect(a.raw).toBeCloseTo(-1);
    expect(a.display).toBe(0);
    expect(a.achieved).toBe(false);
  });

  it("measures against the target itself when the target equals the baseline (t = b)", () => {
    expect(computeAchievement(atLeast(10), 10, 10)).toEqual({ raw: 1, display: 1, achieved: true });
    expect(computeAchievement(atLeast(10), 9, 10)).toEqual({ raw: 0.9, display: 0.9, achieved: false });
  });

  it("ignores a baseline already past the target", () => {
    expect(computeAchievement(atLeast(10), 9, 12).raw).toBeCloseTo(0.9);
  });

  it("is all or nothing for a target of zero", () => {
    expect(computeAchievement(atLeast(0), 0, null).raw).toBe(1);
    expect(computeAchievement(atLeast(0), -1, null)).toEqual({ raw: 0, display: 0, achieved: false });
  });

  it("needs a strict excess for GT", () => {
    const gt: TargetRequirement = { comparator: "GT", value: 10, valueHigh: null };
    expect(computeAchievement(gt, 10, null).achieved).toBe(false);
    expect(computeAchievement(gt, 10.5, null).achieved).toBe(true);
  });

  it("reads = t as reaching t from the baseline's side", () => {
    const eq: TargetRequirement = { comparator: "EQ", value: 5, valueHigh: null };
    expect(meetsRequirement(eq, 5, null)).toBe(true);
    expect(meetsRequirement(eq, 6, null)).toBe(true);
    expect(meetsRequirement(eq, 4, null)).toBe(false);
    // From a baseline of 8 down to 5.
    expect(meetsRequirement(eq, 6, 8)).toBe(false);
    expect(computeAchievement(eq, 6, 8).raw).toBeCloseTo(2 / 3);
    expect(computeAchievement(eq, 5, 8).achieved).toBe(true);
  });
});

describe("achievement of a ceiling (≤ / <)", () => {
  it("is achieved at or under the ceiling", () => {
    expect(computeAchievement(atMost(11), 11, null)).toEqual({ raw: 1, display: 1, achieved: true });
    const under = computeAchievement(atMost(11), 10, null);
    expect(under.achieved).toBe(true);
    expect(under.raw).toBeCloseTo(1 + 1 / 11);
    expect(under.display).toBe(1);
  });

  it("counts the excess as a share of the ceiling when exceeded: 10 % over reads 90 %", () => {
    const over = computeAchievement(atMost(11), 12.1, null);
    expect(over.achieved).toBe(false);
    expect(over.raw).toBeCloseTo(0.9);
    expect(computeAchievement(atMost(11), 22, null).raw).toBeCloseTo(0);
    expect(computeAchievement(atMost(11), 33, null)).toMatchObject({ raw: -1, display: 0, achieved: false });
  });

  it("is not achieved exactly at a strict (<) ceiling", () => {
    const lt: TargetRequirement = { comparator: "LT", value: 11, valueHigh: null };
    expect(computeAchievement(lt, 11, null)).toEqual({ raw: 1, display: 1, achieved: false });
    expect(computeAchievement(lt, 10.9, null).achieved).toBe(true);
  });

  it("follows the straight line down from a baseline above the ceiling", () => {
    expect(computeAchievement(atMost(11), 11.5, 12).raw).toBeCloseTo(0.5);
    expect(computeAchievement(atMost(11), 12.5, 12).raw).toBeCloseTo(-0.5);
  });

  it("uses the excess measure when the baseline is already under the ceiling", () => {
    expect(computeAchievement(atMost(11), 12.1, 10).raw).toBeCloseTo(0.9);
  });

  it("is all or nothing for a ceiling of zero", () => {
    expect(computeAchievement(atMost(0), 0, null).achieved).toBe(true);
    expect(computeAchievement(atMost(0), 2, null)).toEqual({ raw: 0, display: 0, achieved: false });
  });
});

describe("achievement of a range (12–18 个/年)", () => {
  it("below the range: the share of its lower bound", () => {
    expect(computeAchievement(band(12, 18), 6, null)).toEqual({ raw: 0.5, display: 0.5, achieved: false, position: "BELOW" });
  });

  it("within the range, bounds included: achieved", () => {
    expect(computeAchievement(band(12, 18), 12, null)).toEqual({ raw: 1, display: 1, achieved: true, position: "WITHIN" });
    expect(computeAchievement(band(12, 18), 18, null)).toMatchObject({ achieved: true, position: "WITHIN" });
  });

  it("above the range: not achieved, scored like exceeding a ceiling at the upper bound", () => {
    const above = computeAchievement(band(12, 18), 19.8, null);
    expect(above).toMatchObject({ achieved: false, position: "ABOVE" });
    expect(above.raw).toBeCloseTo(0.9);
    expect(computeAchievement(band(1, 2), 3, null).raw).toBeCloseTo(0.5);
  });
});

describe("achievement of rates, ratios and shares", () => {
  it("a growth rate is achieved when the reported rate reaches the target", () => {
    expect(computeAchievement(atLeast(10), 10, null).achieved).toBe(true);
    expect(computeAchievement(atLeast(10), 9, null).raw).toBeCloseTo(0.9);
    expect(computeAchievement(atLeast(10), -2, null)).toMatchObject({ raw: -0.2, display: 0, achieved: false });
  });

  it("a 1:1 ratio is achieved at 1", () => {
    expect(computeAchievement(atLeast(1), 1, null).achieved).toBe(true);
    expect(computeAchievement(atLeast(1), 0.8, null).raw).toBeCloseTo(0.8);
    // 天津 CH4-02: 市财政配套 "不高于1：1" is a ceiling.
    expect(computeAchievement(atMost(1), 1.2, null).raw).toBeCloseTo(0.8);
  });

  it("a share moves from its baseline like a count", () => {
    expect(computeAchievement(atLeast(35), 28, null).raw).toBeCloseTo(0.8);
    expect(computeAchievement(atLeast(35), 29, 20).raw).toBeCloseTo(0.6);
  });
});

describe("milestone progress: done or not", () => {
  it("has nothing to say without a report", () => {
    expect(milestoneProgress([])).toBeNull();
  });

  it("is not done while the latest report says so", () => {
    expect(milestoneProgress([milestoneObs(2024, 1, false)])).toEqual({ done: false, doneIn: null, doneOn: null });
    // A later approved report corrects an earlier "done".
    expect(milestoneProgress([milestoneObs(2024, 1, true), milestoneObs(2024, 2, false)])?.done).toBe(false);
  });

  it("is done from the first report of the latest unbroken run of done, with the date given", () => {
    const series = [
      milestoneObs(2024, 1, true),
      milestoneObs(2024, 2, false),
      milestoneObs(2024, 3, true, "2024-08-18"),
      milestoneObs(2024, 4, true),
    ];
    expect(milestoneProgress(series)).toEqual({ done: true, doneIn: { year: 2024, quarter: 3 }, doneOn: "2024-08-18" });
    expect(milestoneProgress([milestoneObs(2025, 2, true)])).toEqual({ done: true, doneIn: { year: 2025, quarter: 2 }, doneOn: null });
  });
});
