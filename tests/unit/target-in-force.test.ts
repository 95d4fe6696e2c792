import { describe, expect, it } from "vitest";
import { targetInForce, type RevisableTargetFields, type TargetRevisionFacts } from "@/lib/domain/target-in-force";

const original: RevisableTargetFields = {
  comparator: "GTE", value: 10, valueHigh: null, deadlineYear: 2025, deadlineDate: null, kind: "COUNT", baselineValue: 2, baselineYear: 2022, milestones: [{ year: 2024, value: 6 }],
};
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

  it("applies revised milestones and baselines from their effective day, like the figures", () => {
    const later = { ...original, baselineValue: 3, milestones: [{ year: 2023, value: 4 }, { year: 2024, value: 8 }] };
    const revised: TargetRevisionFacts[] = [{ version: 1, before: original, after: later, effectiveFrom: new Date("2024-01-01") }];
    expect(targetInForce(later, revised, new Date("2023-12-31"))).toEqual(original);
    expect(targetInForce(later, revised, new Date("2024-01-01"))).toEqual(later);
  });

  it("takes each field's original from the first revision that records it (older revisions lack milestones)", () => {
    const v3m = { ...v3, milestones: [{ year: 2024, value: 9 }] };
    const mixed: TargetRevisionFacts[] = [
      { version: 1, before: { value: 10 }, after: { value: 12 }, effectiveFrom: new Date("2024-07-01") },
      { version: 2, before: { ...v2, milestones: original.milestones }, after: v3m, effectiveFrom: new Date("2025-01-01") },
    ];
    expect(targetInForce(v3m, mixed, new Date("2024-01-01"))).toEqual(original);
    expect(targetInForce(v3m, mixed, new Date("2024-08-01"))).toEqual(v2);
    expect(targetInForce(v3m, mixed, new Date("2025-02-01"))).toEqual(v3m);
  });
});
