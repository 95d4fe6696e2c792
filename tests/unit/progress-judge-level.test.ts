import { describe, expect, it } from "vitest";
import { judgeTarget } from "@/lib/domain/progress";
import { WENZHOU_PLAN, makeTarget, obs, onChinaDay } from "../helpers/progress";

const MID_2024 = onChinaDay("2024-07-15");
const AFTER = onChinaDay("2026-01-15");

describe("judgeTarget: a ceiling (温州 重大慢性病过早死亡率 ≤ 11 %)", () => {
  const ceiling = makeTarget({ kind: "CEILING", comparator: "LTE", value: 11 });
  const judge = (value: number, asOf = MID_2024, quarter = { year: 2024, quarter: 2 }) =>
    judgeTarget(ceiling, WENZHOU_PLAN, [obs(quarter.year, quarter.quarter, value)], asOf);

  it("is achieved at or under the ceiling", () => {
    expect(judge(11).status).toBe("ACHIEVED");
    expect(judge(10.5)).toMatchObject({ status: "ACHIEVED", shape: "LEVEL", expected: 1 });
  });

  it("exceeded: 存在风险 up to 10 % over the ceiling, 严重滞后 beyond", () => {
    expect(judge(12).status).toBe("AT_RISK");
    expect(judge(12.1).status).toBe("AT_RISK");
    expect(judge(12.2).status).toBe("OFF_TRACK");
    expect(judge(12.2).achievement?.raw).toBeCloseTo(1 - 1.2 / 11, 12);
  });

  it("exceeded after the deadline: 已逾期", () => {
    expect(judge(11.5, AFTER, { year: 2025, quarter: 4 }).status).toBe("OVERDUE");
    expect(judge(10, AFTER, { year: 2025, quarter: 4 }).status).toBe("ACHIEVED");
  });

  it("a strict ceiling (急救反应时间 < 11 分钟) is not met exactly at it", () => {
    const strict = makeTarget({ kind: "CEILING", comparator: "LT", value: 11 });
    expect(judgeTarget(strict, WENZHOU_PLAN, [obs(2024, 2, 11)], MID_2024).status).toBe("ON_TRACK");
    expect(judgeTarget(strict, WENZHOU_PLAN, [obs(2024, 2, 10.5)], MID_2024).status).toBe("ACHIEVED");
  });

  it("with a baseline above the ceiling, follows the straight line down", () => {
    const fromTwelve = makeTarget({ kind: "CEILING", comparator: "LTE", value: 11, baselineValue: 12, baselineYear: 2022 });
    expect(judgeTarget(fromTwelve, WENZHOU_PLAN, [obs(2024, 2, 11.5)], MID_2024)).toMatchObject({ status: "ON_TRACK", shape: "PATH" });
    expect(judgeTarget(fromTwelve, WENZHOU_PLAN, [obs(2024, 2, 11.6)], MID_2024).status).toBe("AT_RISK");
    expect(judgeTarget(fromTwelve, WENZHOU_PLAN, [obs(2024, 2, 12.3)], MID_2024).status).toBe("OFF_TRACK");
  });

  it("projects the trend to the deadline", () => {
    const series = [obs(2024, 2, 13), obs(2024, 3, 12.5), obs(2024, 4, 12)];
    expect(judgeTarget(ceiling, WENZHOU_PLAN, series, onChinaDay("2025-01-15")).projection).toMatchObject({ kind: "PROJECTED", meetsTarget: true });
    const rising = [obs(2024, 2, 11), obs(2024, 3, 11.5), obs(2024, 4, 12)];
    expect(judgeTarget(ceiling, WENZHOU_PLAN, rising, onChinaDay("2025-01-15")).projection).toMatchObject({ kind: "PROJECTED", meetsTarget: false });
  });
});

describe("judgeTarget: a range (温州 国家医学中心 1–2 个)", () => {
  const range = makeTarget({ comparator: "RANGE", value: 1, valueHigh: 2 });
  const judge = (value: number, asOf = MID_2024) => judgeTarget(range, WENZHOU_PLAN, [obs(2024, 2, value)], asOf);

  it("below the range: progress towards its lower bound", () => {
    expect(judge(0)).toMatchObject({ status: "OFF_TRACK", achievement: { raw: 0, position: "BELOW" } });
  });

  it("within the range: 已达成", () => {
    expect(judge(1)).toMatchObject({ status: "ACHIEVED", achievement: { position: "WITHIN" } });
    expect(judge(2)).toMatchObject({ status: "ACHIEVED", achievement: { position: "WITHIN" } });
  });

  it("above the range: a breach held against the whole target, 已逾期 after the deadline", () => {
    expect(judge(3)).toMatchObject({ status: "OFF_TRACK", achievement: { raw: 0.5, achieved: false, position: "ABOVE" } });
    expect(judgeTarget(range, WENZHOU_PLAN, [obs(2025, 4, 3)], AFTER).status).toBe("OVERDUE");
  });
});

describe("judgeTarget: a growth rate (受援医院住院人数同比增长 ≥ 10 %)", () => {
  const growth = makeTarget({ kind: "GROWTH_RATE", value: 10 });
  const judge = (value: number, asOf = MID_2024) => judgeTarget(growth, WENZHOU_PLAN, [obs(2024, 2, value)], asOf);

  it("is achieved when the reported rate reaches the target", () => {
    expect(judge(12)).toMatchObject({ status: "ACHIEVED", achievement: { raw: 1.2, display: 1 } });
    expect(judge(10).status).toBe("ACHIEVED");
  });

  it("asks the full rate from the start: 9 % is 存在风险, less is 严重滞后", () => {
    expect(judge(9)).toMatchObject({ status: "AT_RISK", expected: 1 });
    expect(judge(8.9).status).toBe("OFF_TRACK");
    expect(judge(-2)).toMatchObject({ status: "OFF_TRACK", achievement: { raw: -0.2, display: 0 } });
  });

  it("asks nothing before the plan starts, and is 已逾期 short of the rate after the deadline", () => {
    expect(judgeTarget(growth, WENZHOU_PLAN, [obs(2022, 3, 5)], onChinaDay("2022-11-01"))).toMatchObject({ status: "ON_TRACK", expected: 0 });
    expect(judgeTarget(growth, WENZHOU_PLAN, [obs(2025, 4, 9)], AFTER).status).toBe("OVERDUE");
  });
});

describe("judgeTarget: a ratio", () => {
  const guizhou = { startYear: 2025, endYear: 2027 };
  const asOf = onChinaDay("2025-10-15");

  it("贵州 配套资金 ≥ 1:1 is met at 1", () => {
    const ratio = makeTarget({ kind: "RATIO", value: 1, deadlineYear: 2027 });
    expect(judgeTarget(ratio, guizhou, [obs(2025, 3, 1)], asOf).status).toBe("ACHIEVED");
    expect(judgeTarget(ratio, guizhou, [obs(2025, 3, 0.95)], asOf).status).toBe("AT_RISK");
    expect(judgeTarget(ratio, guizhou, [obs(2025, 3, 0.5)], asOf).status).toBe("OFF_TRACK");
  });

  it("天津 市财政配套 ≤ 1:1 is a ceiling", () => {
    const capped = makeTarget({ kind: "RATIO", comparator: "LTE", value: 1 });
    const tianjin = { startYear: 2021, endYear: 2025 };
    expect(judgeTarget(capped, tianjin, [obs(2024, 2, 0.8)], MID_2024).status).toBe("ACHIEVED");
    expect(judgeTarget(capped, tianjin, [obs(2024, 2, 1.5)], MID_2024)).toMatchObject({ status: "OFF_TRACK", achievement: { raw: 0.5 } });
  });
});
