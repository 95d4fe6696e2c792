import { describe, expect, it } from "vitest";
import { judgeTarget } from "@/lib/domain/progress";
import { WENZHOU_PLAN, makeTarget, obs, onChinaDay } from "../helpers/progress";

// 温州 "每年…10 名以上": YEARLY_QUOTA ≥ 10 a year, 2023—2025; figures are year-to-date.
const quota = makeTarget({ kind: "YEARLY_QUOTA", value: 10 });
const judge = (series: ReturnType<typeof obs>[], asOf: string) => judgeTarget(quota, WENZHOU_PLAN, series, onChinaDay(asOf));

describe("judgeTarget: a yearly quota, each year judged on its own", () => {
  it("judges the current year by its own progress, listing a missed past year separately", () => {
    const j = judge([obs(2023, 4, 8), obs(2024, 4, 12), obs(2025, 1, 3)], "2025-04-15");
    expect(j).toMatchObject({ status: "ON_TRACK", shape: "YEARLY", judgedAt: "2025-03-31", achievement: { raw: 0.3 } });
    expect(j.expected).toBeCloseTo(90 / 365, 12);
    expect(j.quota?.year).toBe(2025);
    expect(j.quota?.years.map((y) => [y.year, y.value, y.achievement?.achieved])).toEqual([
      [2023, 8, false],
      [2024, 12, true],
      [2025, 3, false],
    ]);
  });

  it("applies the tolerance within the current year", () => {
    // Expected 90/365 ≈ 0.247 by the end of Q1.
    expect(judge([obs(2025, 1, 2)], "2025-04-15").status).toBe("AT_RISK");
    expect(judge([obs(2025, 1, 1)], "2025-04-15").status).toBe("OFF_TRACK");
  });

  it("is 已达成 for the year once this year's quota is met", () => {
    expect(judge([obs(2023, 4, 8), obs(2025, 2, 10)], "2025-07-15").status).toBe("ACHIEVED");
  });

  it("takes the year's latest quarter as the year's figure", () => {
    const j = judge([obs(2024, 2, 4), obs(2024, 4, 11), obs(2024, 3, 7)], "2025-01-20");
    expect(j.quota?.years.find((y) => y.year === 2024)).toMatchObject({ value: 11, quarter: { year: 2024, quarter: 4 } });
  });

  it("in January, before the first report of the year is due, still judges last year in full", () => {
    expect(judge([obs(2024, 4, 12)], "2025-01-20")).toMatchObject({ status: "ACHIEVED", expected: 1, judgedAt: "2024-12-31", quota: { year: 2024 } });
    expect(judge([obs(2024, 4, 9)], "2025-01-20").status).toBe("AT_RISK");
    expect(judge([obs(2024, 4, 8)], "2025-01-20").status).toBe("OFF_TRACK");
  });

  it("says 未填报 when the year's reports are missing, even with last year's on file", () => {
    const j = judge([obs(2024, 4, 12)], "2025-08-01");
    expect(j).toMatchObject({ status: "NO_DATA", stale: true, achievement: null, latest: { value: 12 } });
    expect(j.quota?.years.at(-1)).toEqual({ year: 2025, value: null, quarter: null, achievement: null });
  });

  it("says 未填报 before the plan starts, judging its first year", () => {
    expect(judge([], "2022-11-01")).toMatchObject({ status: "NO_DATA", expected: 0, quota: { year: 2023 } });
  });

  it("after the deadline, judges every year: one missed year makes it 已逾期", () => {
    const after = "2026-01-20";
    const j = judge([obs(2023, 4, 8), obs(2024, 4, 12), obs(2025, 4, 11)], after);
    expect(j).toMatchObject({ status: "OVERDUE", deadlinePassed: true, quota: { year: 2025 } });
    expect(j.quota?.years).toHaveLength(3);
    expect(judge([obs(2023, 4, 10), obs(2024, 4, 12), obs(2025, 4, 11)], after).status).toBe("ACHIEVED");
    expect(judge([obs(2023, 4, 10), obs(2024, 4, 12)], after).status).toBe("NO_DATA");
    expect(judge([], after).status).toBe("NO_DATA");
  });

  // 温州 A4-04-T1 (每年每 10 万人口 1 个, to 2025): reporters still fill the 2026 forms, and a
  // year-to-date 0 in 2026 showed beside 已达成 as the target's latest figure.
  it("after the deadline, a figure of a later year is no year of the quota: neither judged nor its latest", () => {
    const met = [obs(2023, 4, 10), obs(2024, 4, 12), obs(2025, 4, 11)];
    // The first quarter after the deadline, reported: the day judged moves past the deadline, the year judged does not.
    const firstAfter = judge([...met, obs(2026, 1, 0)], "2026-04-15");
    expect(firstAfter).toMatchObject({ status: "ACHIEVED", deadlinePassed: true, judgedAt: "2026-03-31", quota: { year: 2025 } });
    expect(firstAfter.latest).toEqual({ value: 11, milestoneDone: null, quarter: { year: 2025, quarter: 4 } });
    expect(firstAfter.achievement).toMatchObject({ achieved: true });
    expect(firstAfter.quota?.years.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    expect(judge([...met, obs(2026, 1, 0), obs(2026, 3, 0)], "2026-11-23").latest?.quarter).toEqual({ year: 2025, quarter: 4 });
    // Nor does a later year make up the last one: 9 in 2025 stays short, however much is reported in 2026.
    const short = judge([obs(2023, 4, 10), obs(2024, 4, 12), obs(2025, 4, 9), obs(2026, 1, 15)], "2026-04-15");
    expect(short).toMatchObject({ status: "OVERDUE", latest: { value: 9, quarter: { year: 2025, quarter: 4 } } });
    // Only figures after the deadline: nothing of the quota's years was reported.
    expect(judge([obs(2026, 1, 15)], "2026-04-15")).toMatchObject({ status: "NO_DATA", latest: null });
    // On the deadline day itself the deadline year is still the judged year, by its own figure.
    expect(judge([...met.slice(0, 2), obs(2025, 3, 11)], "2025-12-31")).toMatchObject({ status: "ACHIEVED", deadlinePassed: false, latest: { value: 11 } });
  });
});

describe("judgeTarget: a yearly range (贵州 每年新增 12–18 个)", () => {
  const band = makeTarget({ kind: "YEARLY_QUOTA", comparator: "RANGE", value: 12, valueHigh: 18 });
  const judgeBand = (value: number) => judgeTarget(band, WENZHOU_PLAN, [obs(2025, 3, value)], onChinaDay("2025-10-15"));

  it("within the band: 已达成", () => {
    expect(judgeBand(15)).toMatchObject({ status: "ACHIEVED", achievement: { position: "WITHIN" } });
  });

  it("below the band: progress towards its lower bound within the year", () => {
    // 9 of 12 = 0.75 against 273/365 ≈ 0.748 of the year.
    expect(judgeBand(9)).toMatchObject({ status: "ON_TRACK", achievement: { raw: 0.75, position: "BELOW" } });
  });

  it("above the band: a breach, 存在风险 within 10 % of the upper bound", () => {
    expect(judgeBand(19)).toMatchObject({ status: "AT_RISK", achievement: { achieved: false, position: "ABOVE" } });
    expect(judgeBand(20).status).toBe("OFF_TRACK");
  });
});
