import { describe, expect, it } from "vitest";
import { computeExpectedProgress, progressShape } from "@/lib/domain/progress";
import { WENZHOU_PLAN, makeTarget } from "../helpers/progress";

// 2023-01-01 … 2025-12-31 is 365 + 366 + 365 = 1096 days.
const PLAN_DAYS = 1096;

describe("expected progress on a straight line", () => {
  const target = makeTarget();

  it("is 0 before the plan starts and after its first day has begun to count", () => {
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2022-06-30")).toBe(0);
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2022-12-31")).toBe(0);
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2023-01-01")).toBeCloseTo(1 / PLAN_DAYS, 12);
  });

  it("is the share of the plan period elapsed at the end of the day", () => {
    // 365 days of 2023 + 182 of 2024 (a leap year) by 30 June 2024.
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2024-06-30")).toBeCloseTo(547 / PLAN_DAYS, 12);
  });

  it("is 1 on the deadline and stays 1 after it", () => {
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2025-12-31")).toBe(1);
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2027-03-31")).toBe(1);
  });

  it("ends on the deadline date when the target has one", () => {
    const early = makeTarget({ deadlineDate: "2025-08-31" });
    expect(computeExpectedProgress(early, WENZHOU_PLAN, "2025-08-31")).toBe(1);
    expect(computeExpectedProgress(early, WENZHOU_PLAN, "2025-08-30")).toBeLessThan(1);
  });

  it("starts on the plan's start date when one is given", () => {
    const plan = { startYear: 2025, endYear: 2025, startDate: "2025-07-01" };
    expect(computeExpectedProgress(target, plan, "2025-06-30")).toBe(0);
    // 1 July … 31 December is 184 days; 30 September ends day 92.
    expect(computeExpectedProgress(target, plan, "2025-09-30")).toBe(0.5);
  });

  it("starts at the end of a baseline year before the plan (天津 十三五期末)", () => {
    const tianjin = { startYear: 2021, endYear: 2025 };
    const of2020 = makeTarget({ baselineValue: 35, baselineYear: 2020, value: 40 });
    const of2019 = makeTarget({ baselineValue: 30, baselineYear: 2019, value: 40 });
    expect(computeExpectedProgress(of2020, tianjin, "2020-12-31")).toBe(0);
    // From 1 January 2020: 2192 days to the end of 2025, 366 of them in 2020.
    expect(computeExpectedProgress(of2019, tianjin, "2020-12-31")).toBeCloseTo(366 / 2192, 12);
  });

  it("starts with the plan when the baseline is of the plan's own years (温州 A1-05: 9 个, 2023)", () => {
    const of2023 = makeTarget({ baselineValue: 9, baselineYear: 2023 });
    expect(computeExpectedProgress(of2023, WENZHOU_PLAN, "2024-06-30")).toBeCloseTo(547 / PLAN_DAYS, 12);
  });

  it("reads a Date on the China calendar", () => {
    // 16:30 UTC on 31 December 2022 is already 1 January 2023 in Beijing.
    expect(computeExpectedProgress(target, WENZHOU_PLAN, new Date("2022-12-31T16:30:00Z"))).toBeCloseTo(1 / PLAN_DAYS, 12);
    expect(computeExpectedProgress(target, WENZHOU_PLAN, new Date("2022-12-31T15:30:00Z"))).toBe(0);
  });
});

describe("expected progress through yearly milestones", () => {
  const target = makeTarget({
    value: 30,
    milestones: [
      { year: 2024, value: 25 },
      { year: 2023, value: 20 },
      { year: 2025, value: 28 }, // the deadline's own year: the target value rules
    ],
  });

  it("passes through each milestone at the end of its year", () => {
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2023-12-31")).toBeCloseTo(20 / 30, 12);
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2024-12-31")).toBeCloseTo(25 / 30, 12);
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2025-12-31")).toBe(1);
  });

  it("interpolates between milestones", () => {
    // End of 1 July 2024 = 183 of 366 days into 2024: 20 + 5 × ½ = 22.5.
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2024-07-01")).toBeCloseTo(22.5 / 30, 12);
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2022-12-31")).toBe(0);
  });

  it("is clamped to 0..1 when a milestone overshoots the target", () => {
    const odd = makeTarget({ value: 10, milestones: [{ year: 2024, value: 12 }] });
    expect(computeExpectedProgress(odd, WENZHOU_PLAN, "2024-12-31")).toBe(1);
  });

  it("measures from the baseline", () => {
    const fromBaseline = makeTarget({ value: 15, baselineValue: 9, baselineYear: 2023, milestones: [{ year: 2024, value: 12 }] });
    expect(computeExpectedProgress(fromBaseline, WENZHOU_PLAN, "2024-12-31")).toBeCloseTo(0.5, 12);
  });
});

describe("expected progress of the other shapes", () => {
  it("asks the whole level throughout the plan of a growth rate, a ratio and a ceiling without a baseline above it", () => {
    for (const target of [
      makeTarget({ kind: "GROWTH_RATE", value: 10 }),
      makeTarget({ kind: "RATIO", value: 1 }),
      makeTarget({ kind: "CEILING", comparator: "LTE", value: 11 }),
      makeTarget({ kind: "CEILING", comparator: "LTE", value: 11, baselineValue: 10, baselineYear: 2022 }),
      makeTarget({ baselineValue: 10, baselineYear: 2022 }), // t = b
    ]) {
      expect(progressShape(target)).toBe("LEVEL");
      expect(computeExpectedProgress(target, WENZHOU_PLAN, "2022-12-31")).toBe(0);
      expect(computeExpectedProgress(target, WENZHOU_PLAN, "2023-01-01")).toBe(1);
      expect(computeExpectedProgress(target, WENZHOU_PLAN, "2026-01-01")).toBe(1);
    }
  });

  it("draws a straight line down for a ceiling with a baseline above it", () => {
    const target = makeTarget({ kind: "CEILING", comparator: "LTE", value: 11, baselineValue: 12, baselineYear: 2022 });
    expect(progressShape(target)).toBe("PATH");
    expect(computeExpectedProgress(target, WENZHOU_PLAN, "2024-06-30")).toBeCloseTo(547 / PLAN_DAYS, 12);
  });

  it("restarts a yearly quota each calendar year", () => {
    const quota = makeTarget({ kind: "YEARLY_QUOTA", value: 10 });
    expect(computeExpectedProgress(quota, WENZHOU_PLAN, "2024-06-30")).toBeCloseTo(182 / 366, 12);
    expect(computeExpectedProgress(quota, WENZHOU_PLAN, "2024-12-31")).toBe(1);
    expect(computeExpectedProgress(quota, WENZHOU_PLAN, "2025-01-01")).toBeCloseTo(1 / 365, 12);
    expect(computeExpectedProgress(quota, WENZHOU_PLAN, "2022-12-31")).toBe(0);
    expect(computeExpectedProgress(quota, WENZHOU_PLAN, "2026-06-30")).toBe(1);
  });

  it("cuts a quota year to the plan's start and the deadline", () => {
    const quota = makeTarget({ kind: "YEARLY_QUOTA", value: 10, deadlineDate: "2025-06-30" });
    expect(computeExpectedProgress(quota, { startYear: 2023, endYear: 2025, startDate: "2023-07-01" }, "2023-09-30")).toBe(0.5);
    // 1 January … 30 June 2025 is 181 days.
    expect(computeExpectedProgress(quota, WENZHOU_PLAN, "2025-03-31")).toBeCloseTo(90 / 181, 12);
    expect(computeExpectedProgress(quota, WENZHOU_PLAN, "2025-06-30")).toBe(1);
  });

  it("has no partial expectation for a milestone", () => {
    expect(computeExpectedProgress(makeTarget({ kind: "MILESTONE", comparator: "EQ", value: null }), WENZHOU_PLAN, "2024-06-30")).toBeNull();
  });
});
