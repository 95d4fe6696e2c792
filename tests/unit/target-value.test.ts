import { describe, expect, it } from "vitest";
import { formatBaseline, formatFigure, formatTargetValue, type TargetValueInput } from "@/lib/domain/target-value";

const target = (t: Partial<TargetValueInput>): TargetValueInput => ({ comparator: "GTE", value: 10, valueHigh: null, unit: "个", kind: "COUNT", ...t });

describe("formatTargetValue", () => {
  it("writes a count to reach with its comparator and unit", () => {
    expect(formatTargetValue(target({}))).toBe("≥ 10 个");
    expect(formatTargetValue(target({ comparator: "GT", value: 800, unit: "万人次" }))).toBe("> 800 万人次");
  });

  it("puts the percent sign on the number", () => {
    expect(formatTargetValue(target({ comparator: "LTE", value: 11, unit: "%", kind: "CEILING" }))).toBe("≤ 11%");
    expect(formatTargetValue(target({ comparator: "LT", value: 15, unit: "分钟", kind: "CEILING" }))).toBe("< 15 分钟");
  });

  it("writes a range with an en dash and no comparator", () => {
    expect(formatTargetValue(target({ comparator: "RANGE", value: 12, valueHigh: 18, unit: "个/年", kind: "YEARLY_QUOTA" }))).toBe("12–18 个/年");
    expect(formatTargetValue(target({ comparator: "RANGE", value: 1, valueHigh: 2 }))).toBe("1–2 个");
  });

  it("trims the stored decimals but keeps the significant ones", () => {
    expect(formatTargetValue(target({ value: 66.67, unit: "%", kind: "SHARE" }))).toBe("≥ 66.67%");
    expect(formatTargetValue(target({ value: 0.7, unit: "张/千人" }))).toBe("≥ 0.7 张/千人");
    expect(formatFigure(1700)).toBe("1700");
    expect(formatFigure(81.7)).toBe("81.7");
  });

  it("writes a fund ratio as x:1", () => {
    expect(formatTargetValue(target({ value: 1, unit: "配比", kind: "RATIO" }))).toBe("≥ 1:1");
    expect(formatTargetValue(target({ comparator: "LTE", value: 1, unit: "配比", kind: "RATIO" }))).toBe("≤ 1:1");
  });

  it("reads a milestone, which has no figure, as 按期完成", () => {
    expect(formatTargetValue(target({ comparator: "EQ", value: null, unit: "项", kind: "MILESTONE" }))).toBe("按期完成");
  });

  it("omits an empty unit", () => {
    expect(formatTargetValue(target({ comparator: "EQ", value: 3, unit: "" }))).toBe("= 3");
  });
});

describe("formatBaseline", () => {
  it("gives the baseline with its year, or null when the plan states none", () => {
    expect(formatBaseline(9, "个", 2023)).toBe("9 个（2023年）");
    expect(formatBaseline(35, "%", null)).toBe("35%");
    expect(formatBaseline(null, "个", 2023)).toBeNull();
  });
});
