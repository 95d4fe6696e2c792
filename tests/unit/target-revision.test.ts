import { describe, expect, it } from "vitest";
import { changedParts, citationChanges } from "@/lib/domain/target-revision";

const a = { sourceFile: "main.md", quote: "甲" };
const b = { sourceFile: "main.md", quote: "乙" };
const c = { sourceFile: "annex.md", quote: "丙" };

describe("what a revision changed (the revision history)", () => {
  it("names the changed parts in the history's order", () => {
    const before = { value: 10, comparator: "GTE" as const, baselineValue: 2, milestones: [], citations: [a], units: [{ unitId: "u1", name: "市卫健委", isLead: true }] };
    expect(changedParts(before, { ...before, milestones: [{ year: 2024, value: 5 }], units: [] })).toEqual(["milestones", "units"]);
    expect(changedParts(before, { ...before, value: 12, baselineValue: 3 })).toEqual(["figures", "baseline"]);
    expect(changedParts(before, before)).toEqual([]);
  });

  it("does not count a field only one side records (revisions written before it was recorded)", () => {
    expect(changedParts({ value: 10 }, { value: 12, milestones: [{ year: 2024, value: 5 }] })).toEqual(["figures"]);
  });

  it("lists added and removed citations, or a new order alone", () => {
    expect(citationChanges([a, b], [b, c])).toEqual({ added: [c], removed: [a], reordered: false });
    expect(citationChanges([a, b], [b, a])).toEqual({ added: [], removed: [], reordered: true });
    expect(citationChanges([a], [a])).toEqual({ added: [], removed: [], reordered: false });
  });
});
