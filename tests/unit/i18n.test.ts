import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatPercent, formatQuarter, m } from "@/lib/i18n";

describe("zh-CN formatting", () => {
  it("formats numbers, shares and quarters the Chinese way", () => {
    expect(formatNumber(62659)).toBe("62,659");
    expect(formatPercent(0.456)).toBe("45.6%");
    expect(formatQuarter(2025, 3)).toBe("2025年第3季度");
  });

  it("formats dates in China Standard Time", () => {
    // 16:30 UTC on 16 October is already 17 October in Beijing.
    expect(formatDate(new Date("2023-10-16T16:30:00Z"))).toBe("2023年10月17日");
    expect(formatDateTime(new Date("2023-10-16T16:30:00Z"))).toBe("2023/10/17 00:30");
  });

  it("names every role in Chinese", () => {
    expect(Object.values(m.roles)).toEqual(["系统管理员", "业务人员", "医院填报员", "责任单位填报员", "领导", "审计员"]);
  });
});
