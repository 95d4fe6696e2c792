import { describe, expect, it } from "vitest";
import { judgeTarget } from "@/lib/domain/progress";
import { WENZHOU_PLAN, makeTarget, obs, onChinaDay } from "../helpers/progress";

// 温州 2023—2025 (1096 days); by 30 June 2024, 547 of them have passed.
const MID_2024 = onChinaDay("2024-07-15");
const EXPECTED_MID_2024 = 547 / 1096;

describe("judgeTarget: a count to reach (≥ 10 个 by 2025)", () => {
  const target = makeTarget();

  it("says 未填报 before the plan starts, expecting nothing yet", () => {
    const j = judgeTarget(target, WENZHOU_PLAN, [], onChinaDay("2022-11-01"));
    expect(j).toMatchObject({ status: "NO_DATA", expected: 0, stale: false, latest: null, achievement: null, judgedAt: "2022-09-30" });
  });

  it("takes a figure reported before the plan starts as progress", () => {
    expect(judgeTarget(target, WENZHOU_PLAN, [obs(2022, 3, 3)], onChinaDay("2022-11-01")).status).toBe("ON_TRACK");
  });

  it("says 未填报 with no data mid-plan, and marks it stale", () => {
    const j = judgeTarget(target, WENZHOU_PLAN, [], MID_2024);
    expect(j).toMatchObject({ status: "NO_DATA", stale: true, latest: null, projection: { kind: "INSUFFICIENT_DATA", points: 0 } });
    expect(j.expected).toBeCloseTo(EXPECTED_MID_2024, 12);
  });

  it("compares the latest figure with the share of the plan elapsed at the end of its quarter", () => {
    const j = judgeTarget(target, WENZHOU_PLAN, [obs(2024, 1, 2), obs(2024, 2, 5)], MID_2024);
    expect(j).toMatchObject({
      status: "ON_TRACK",
      achievement: { raw: 0.5, display: 0.5, achieved: false },
      latest: { value: 5, milestoneDone: null, quarter: { year: 2024, quarter: 2 } },
      judgedAt: "2024-06-30",
      stale: false,
      deadline: "2025-12-31",
      deadlinePassed: false,
      shape: "PATH",
    });
    expect(judgeTarget(target, WENZHOU_PLAN, [obs(2024, 2, 4)], MID_2024).status).toBe("AT_RISK");
    expect(judgeTarget(target, WENZHOU_PLAN, [obs(2024, 2, 3.9)], MID_2024).status).toBe("OFF_TRACK");
  });

  it("says 已达成 over the target, the display capped at 100 %", () => {
    const j = judgeTarget(target, WENZHOU_PLAN, [obs(2024, 2, 12)], MID_2024);
    expect(j).toMatchObject({ status: "ACHIEVED", achievement: { raw: 1.2, display: 1, achieved: true } });
  });

  it("is not overdue on the deadline itself, only from the next day in Beijing", () => {
    const series = [obs(2025, 3, 9)];
    const onDeadline = judgeTarget(target, WENZHOU_PLAN, series, new Date("2025-12-31T23:59:59+08:00"));
    expect(onDeadline).toMatchObject({ status: "AT_RISK", deadlinePassed: false, judgedAt: "2025-09-30" });
    expect(onDeadline.expected).toBeCloseTo(1004 / 1096, 12);
    const nextDay = judgeTarget(target, WENZHOU_PLAN, series, new Date("2026-01-01T00:00:00+08:00"));
    expect(nextDay).toMatchObject({ status: "OVERDUE", deadlinePassed: true });
  });

  it("after the deadline: 已逾期 if short, 已达成 if met, 未填报 if never reported", () => {
    const after = onChinaDay("2026-01-15");
    expect(judgeTarget(target, WENZHOU_PLAN, [obs(2025, 4, 9)], after).status).toBe("OVERDUE");
    expect(judgeTarget(target, WENZHOU_PLAN, [obs(2025, 4, 10)], after).status).toBe("ACHIEVED");
    expect(judgeTarget(target, WENZHOU_PLAN, [], after).status).toBe("NO_DATA");
  });

  it("ends on the deadline date when the target has one (贵州 2025-08-31)", () => {
    const dated = makeTarget({ deadlineDate: "2025-08-31" });
    const j = judgeTarget(dated, WENZHOU_PLAN, [obs(2025, 2, 9.5)], onChinaDay("2025-09-01"));
    expect(j).toMatchObject({ status: "OVERDUE", deadline: "2025-08-31", deadlinePassed: true });
  });

  it("reads negative progress below the baseline as 严重滞后 (温州 A2-04: 9 → 15)", () => {
    const fromNine = makeTarget({ value: 15, baselineValue: 9, baselineYear: 2023 });
    const j = judgeTarget(fromNine, WENZHOU_PLAN, [obs(2024, 2, 8)], MID_2024);
    expect(j.status).toBe("OFF_TRACK");
    expect(j.achievement?.raw).toBeCloseTo(-1 / 6, 12);
    expect(j.achievement?.display).toBe(0);
    expect(judgeTarget(fromNine, WENZHOU_PLAN, [obs(2024, 2, 12)], MID_2024).status).toBe("ON_TRACK");
  });

  it("holds a target equal to its baseline (t = b) as a level", () => {
    const hold = makeTarget({ baselineValue: 10, baselineYear: 2022 });
    expect(judgeTarget(hold, WENZHOU_PLAN, [obs(2024, 2, 10)], MID_2024)).toMatchObject({ status: "ACHIEVED", shape: "LEVEL" });
    expect(judgeTarget(hold, WENZHOU_PLAN, [obs(2024, 2, 9.5)], MID_2024)).toMatchObject({ status: "AT_RISK", expected: 1 });
  });
});

describe("judgeTarget: when the expectation is read", () => {
  // 1 unit a day from 1 January 2023 to the end of 2025: exactly on pace at 912 by 30 June 2025.
  const onPace = makeTarget({ value: 1096 });

  it("does not count the weeks a report takes to arrive against the target", () => {
    const j = judgeTarget(onPace, WENZHOU_PLAN, [obs(2025, 2, 912)], onChinaDay("2025-08-15"));
    expect(j).toMatchObject({ status: "ON_TRACK", judgedAt: "2025-06-30", stale: false });
    expect(j.achievement?.raw).toBeCloseTo(j.expected as number, 12);
  });

  it("holds stale figures against the quarter that was due", () => {
    const j = judgeTarget(onPace, WENZHOU_PLAN, [obs(2025, 2, 912)], onChinaDay("2025-10-15"));
    expect(j).toMatchObject({ status: "AT_RISK", judgedAt: "2025-09-30", stale: true });
  });

  it("reads an early report for the current quarter at asOf, and ignores quarters after it", () => {
    const early = judgeTarget(onPace, WENZHOU_PLAN, [obs(2025, 2, 912), obs(2025, 3, 960)], onChinaDay("2025-08-15"));
    expect(early).toMatchObject({ judgedAt: "2025-08-15", latest: { value: 960 } });
    const future = judgeTarget(onPace, WENZHOU_PLAN, [obs(2025, 2, 912), obs(2025, 4, 1096)], onChinaDay("2025-08-15"));
    expect(future).toMatchObject({ status: "ON_TRACK", latest: { value: 912 } });
  });

  it("puts the tolerance boundary exactly at 10 percentage points below expected", () => {
    // 1 January … 29 June 2025 is 180 days; 31 March ends day 90: expected exactly 0.5.
    const plan = { startYear: 2025, endYear: 2025, startDate: "2025-01-01" };
    const half = makeTarget({ deadlineYear: 2025, deadlineDate: "2025-06-29" });
    const asOf = onChinaDay("2025-04-15");
    expect(judgeTarget(half, plan, [obs(2025, 1, 5)], asOf)).toMatchObject({ status: "ON_TRACK", expected: 0.5 });
    expect(judgeTarget(half, plan, [obs(2025, 1, 4)], asOf).status).toBe("AT_RISK");
    expect(judgeTarget(half, plan, [obs(2025, 1, 3.99)], asOf).status).toBe("OFF_TRACK");
  });
});

describe("judgeTarget: a share (≥ 35 %)", () => {
  it("moves from its baseline like a count", () => {
    const fromTwenty = makeTarget({ kind: "SHARE", value: 35, baselineValue: 20, baselineYear: 2022 });
    expect(judgeTarget(fromTwenty, WENZHOU_PLAN, [obs(2024, 2, 27.5)], MID_2024)).toMatchObject({ status: "ON_TRACK", achievement: { raw: 0.5 } });
    expect(judgeTarget(fromTwenty, WENZHOU_PLAN, [obs(2024, 2, 24)], MID_2024).status).toBe("OFF_TRACK");
    expect(judgeTarget(fromTwenty, WENZHOU_PLAN, [obs(2024, 2, 36)], MID_2024).status).toBe("ACHIEVED");
  });

  it("measures from zero without a baseline", () => {
    const share = makeTarget({ kind: "SHARE", value: 35 });
    expect(judgeTarget(share, WENZHOU_PLAN, [obs(2024, 2, 28)], MID_2024).achievement?.raw).toBeCloseTo(0.8, 12);
  });
});
