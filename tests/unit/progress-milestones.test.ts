import { describe, expect, it } from "vitest";
import { checkMilestones, computeExpectedProgress, lastMilestoneYear, type ProgressTarget } from "@/lib/domain/progress";
import { WENZHOU_PLAN, makeTarget } from "../helpers/progress";

const problems = (target: ProgressTarget) => checkMilestones(target, WENZHOU_PLAN.startYear);
const kinds = (target: ProgressTarget) => problems(target).rows.map((r) => `${r.index}.${r.field}:${r.problem.kind}`);

describe("the yearly milestones a target takes (checkMilestones)", () => {
  it("accepts milestones from the plan's start up to the year before the deadline, rising from the baseline to the target", () => {
    expect(problems(makeTarget({ baselineValue: 2, milestones: [{ year: 2023, value: 4 }, { year: 2024, value: 7 }] }))).toEqual({ unused: null, rows: [] });
  });

  it("refuses them for targets the judge never draws a line for, naming why", () => {
    const one = [{ year: 2024, value: 1 }];
    expect(problems(makeTarget({ kind: "MILESTONE", value: null, milestones: one })).unused).toBe("MILESTONE");
    expect(problems(makeTarget({ kind: "YEARLY_QUOTA", milestones: one })).unused).toBe("YEARLY");
    expect(problems(makeTarget({ kind: "GROWTH_RATE", milestones: one })).unused).toBe("LEVEL");
    // A ceiling without a baseline above it is a level to keep throughout.
    expect(problems(makeTarget({ kind: "CEILING", comparator: "LTE", value: 11, milestones: one })).unused).toBe("LEVEL");
  });

  it("refuses a year before the plan, or one whose end is not before the deadline", () => {
    expect(kinds(makeTarget({ milestones: [{ year: 2022, value: 1 }, { year: 2025, value: 9 }] }))).toEqual(["0.year:yearBeforePlan", "1.year:yearAfterLast"]);
    // Without the plan (the form's schema) only the deadline side is known.
    expect(checkMilestones(makeTarget({ milestones: [{ year: 2022, value: 1 }] }), null).rows).toEqual([]);
    expect(lastMilestoneYear(makeTarget())).toBe(2024);
    expect(lastMilestoneYear(makeTarget({ deadlineDate: "2025-06-30" }))).toBe(2024);
    expect(lastMilestoneYear(makeTarget({ deadlineDate: "2025-12-31" }))).toBe(2024);
  });

  it("follows the comparator: a count rises from its baseline towards the target, a ceiling falls towards it", () => {
    expect(kinds(makeTarget({ baselineValue: 2, milestones: [{ year: 2023, value: 1 }, { year: 2024, value: 11 }] }))).toEqual(["0.value:outsidePath", "1.value:outsidePath"]);
    expect(kinds(makeTarget({ baselineValue: 2, milestones: [{ year: 2023, value: 6 }, { year: 2024, value: 5 }] }))).toEqual(["1.value:backwards"]);
    const ceiling = makeTarget({ kind: "CEILING", comparator: "LTE", value: 11, baselineValue: 14, baselineYear: 2022 });
    expect(kinds({ ...ceiling, milestones: [{ year: 2023, value: 13 }, { year: 2024, value: 12 }] })).toEqual([]);
    expect(kinds({ ...ceiling, milestones: [{ year: 2023, value: 12 }, { year: 2024, value: 12.5 }] })).toEqual(["1.value:backwards"]);
    expect(problems({ ...ceiling, milestones: [{ year: 2024, value: 10 }] }).rows[0].problem).toEqual({ kind: "outsidePath", down: true, from: 14, to: 11 });
  });

  it("accepts exactly the milestones the judge uses: at the end of each accepted year the expected progress is the milestone's share", () => {
    const cases: ProgressTarget[] = [
      makeTarget({ baselineValue: 2, milestones: [{ year: 2023, value: 3 }, { year: 2024, value: 8 }] }),
      makeTarget({ deadlineDate: "2025-06-30", milestones: [{ year: 2024, value: 9 }] }),
      makeTarget({ kind: "CEILING", comparator: "LTE", value: 11, baselineValue: 14, baselineYear: 2022, milestones: [{ year: 2023, value: 13.5 }, { year: 2024, value: 11.5 }] }),
    ];
    for (const target of cases) {
      expect(kinds(target)).toEqual([]);
      const b = target.baselineValue ?? 0;
      for (const ms of target.milestones!)
        expect(computeExpectedProgress(target, WENZHOU_PLAN, `${ms.year}-12-31`)).toBeCloseTo((ms.value - b) / (target.value! - b), 12);
    }
    // A deadline-year milestone would be ignored by the judge, so the form refuses it.
    const ignored = makeTarget({ milestones: [{ year: 2025, value: 5 }] });
    expect(kinds(ignored)).toEqual(["0.year:yearAfterLast"]);
    expect(computeExpectedProgress(ignored, WENZHOU_PLAN, "2024-12-31")).toBeCloseTo(computeExpectedProgress(makeTarget(), WENZHOU_PLAN, "2024-12-31")!, 12);
  });
});
