import { describe, expect, it } from "vitest";
import { targetInForce, type RevisableTargetFields, type TargetRevisionFacts } from "@/lib/domain/target-in-force";

const original: RevisableTargetFields = { comparator: "GTE", value: 10, valueHigh: null, deadlineYear: 2025, deadlineDate: null, kind: "COUNT" };
const v2 = { ...original, value: 12 };
const v3 = { ...v2, value: 15, deadlineYear: 2026 };
const revisions: TargetRevisionFacts[] = [
  { version: 2, before: v2, after: v3, effectiveFrom: new Date("2025-01-01") },
  { version: 1, before: original, after: v2, effectiveFrom: new Date("2024-07-01") },
];

describe("targetInForce", () => {
  it("answers the current values when the target was never revised", () => {
    expect(targetInForce(original, [], new Date("2020-01-01"))).toEqual(original);
  });

  it("answers the original values before the first revision took effect", () => {
    expect(targetInForce(v3, revisions, new Date("2024-06-30"))).toEqual(original);
  });

  it("applies a revision from its effective day on, in version order", () => {
    expect(targetInForce(v3, revisions, new Date("2024-07-01"))).toEqual(v2);
    expect(targetInForce(v3, revisions, new Date("2024-12-31T23:59:00Z"))).toEqual(v2);
    expect(targetInForce(v3, revisions, new Date("2025-01-01"))).toEqual(v3);
    expect(targetInForce(v3, revisions, new Date("2030-01-01"))).toEqual(v3);
  });

  it("does not apply a stored revision that takes effect later", () => {
    const future: TargetRevisionFacts[] = [{ version: 1, before: { value: 10 }, after: { value: 20 }, effectiveFrom: new Date("2026-01-01") }];
    expect(targetInForce({ ...original, value: 20 }, future, new Date("2025-06-30")).value).toBe(10);
  });

  it("ignores keys that are not revisable", () => {
    const odd = [{ version: 1, before: { value: 1, metric: "x" } as never, after: { value: 2 }, effectiveFrom: new Date("2024-01-01") }];
    expect(targetInForce(original, odd, new Date("2023-01-01"))).toEqual({ ...original, value: 1 });
  });
});
