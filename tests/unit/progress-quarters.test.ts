import { describe, expect, it } from "vitest";
import {
  compareQuarters,
  dayFromIso,
  isoFromDay,
  nextQuarter,
  previousQuarter,
  quarterEndDate,
  quarterLabel,
  quarterOf,
  quarterStartDay,
  quartersBetween,
  sameQuarter,
} from "@/lib/domain/progress";

describe("quarter arithmetic", () => {
  it("ends each quarter on its last calendar day", () => {
    expect([1, 2, 3, 4].map((quarter) => quarterEndDate({ year: 2025, quarter }))).toEqual([
      "2025-03-31",
      "2025-06-30",
      "2025-09-30",
      "2025-12-31",
    ]);
    expect(isoFromDay(quarterStartDay({ year: 2024, quarter: 3 }))).toBe("2024-07-01");
  });

  it("steps across the turn of the year", () => {
    expect(previousQuarter({ year: 2025, quarter: 1 })).toEqual({ year: 2024, quarter: 4 });
    expect(previousQuarter({ year: 2025, quarter: 3 })).toEqual({ year: 2025, quarter: 2 });
    expect(nextQuarter({ year: 2024, quarter: 4 })).toEqual({ year: 2025, quarter: 1 });
  });

  it("compares and sorts quarters chronologically", () => {
    const sorted = [
      { year: 2025, quarter: 1 },
      { year: 2024, quarter: 4 },
      { year: 2024, quarter: 2 },
    ].sort(compareQuarters);
    expect(sorted).toEqual([
      { year: 2024, quarter: 2 },
      { year: 2024, quarter: 4 },
      { year: 2025, quarter: 1 },
    ]);
    expect(compareQuarters({ year: 2025, quarter: 2 }, { year: 2025, quarter: 2 })).toBe(0);
    expect(sameQuarter({ year: 2025, quarter: 2 }, { year: 2025, quarter: 3 })).toBe(false);
  });

  it("labels a quarter in Chinese", () => {
    expect(quarterLabel({ year: 2025, quarter: 3 })).toBe("2025年第3季度");
  });

  it("lists the quarters between two quarters, both included", () => {
    expect(quartersBetween({ year: 2024, quarter: 3 }, { year: 2025, quarter: 2 })).toEqual([
      { year: 2024, quarter: 3 },
      { year: 2024, quarter: 4 },
      { year: 2025, quarter: 1 },
      { year: 2025, quarter: 2 },
    ]);
    expect(quartersBetween({ year: 2025, quarter: 2 }, { year: 2025, quarter: 2 })).toHaveLength(1);
    expect(quartersBetween({ year: 2025, quarter: 2 }, { year: 2024, quarter: 4 })).toEqual([]);
  });

  it("places an instant in the quarter it falls in in Beijing", () => {
    // 16:30 UTC on 31 March is already 1 April in China.
    expect(quarterOf(new Date("2025-03-31T16:30:00Z"))).toEqual({ year: 2025, quarter: 2 });
    expect(quarterOf(new Date("2025-03-31T15:59:00Z"))).toEqual({ year: 2025, quarter: 1 });
  });

  it("refuses quarters and dates that do not exist", () => {
    expect(() => quarterLabel({ year: 2025, quarter: 5 })).toThrow(RangeError);
    expect(() => previousQuarter({ year: 2025, quarter: 0 })).toThrow(RangeError);
    expect(() => dayFromIso("2025-02-30")).toThrow(RangeError);
    expect(() => dayFromIso("2025/02/01")).toThrow(RangeError);
    expect(isoFromDay(dayFromIso("2024-02-29"))).toBe("2024-02-29");
  });
});
