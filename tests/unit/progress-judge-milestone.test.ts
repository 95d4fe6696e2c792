import { describe, expect, it } from "vitest";
import { judgeTarget } from "@/lib/domain/progress";
import { WENZHOU_PLAN, makeTarget, milestoneObs, onChinaDay } from "../helpers/progress";

// 温州 A1-01-T1 争创眼科国家医学中心: a milestone by 2025.
const milestone = makeTarget({ kind: "MILESTONE", comparator: "EQ", value: null });
const MID_2024 = onChinaDay("2024-07-15");

describe("judgeTarget: a milestone", () => {
  it("says 未填报 until someone reports on it", () => {
    expect(judgeTarget(milestone, WENZHOU_PLAN, [], MID_2024)).toMatchObject({
      status: "NO_DATA",
      achievement: null,
      expected: null,
      milestone: null,
      projection: { kind: "NOT_APPLICABLE" },
      shape: "MILESTONE",
    });
  });

  it("not done before the deadline: 正常推进 (there is no partial progress to fall behind on)", () => {
    const j = judgeTarget(milestone, WENZHOU_PLAN, [milestoneObs(2024, 2, false)], MID_2024);
    expect(j).toMatchObject({
      status: "ON_TRACK",
      achievement: { raw: 0, achieved: false },
      latest: { value: null, milestoneDone: false, quarter: { year: 2024, quarter: 2 } },
      stale: false,
    });
  });

  it("done: 已达成, with the quarter and the date it was done", () => {
    const series = [milestoneObs(2024, 1, false), milestoneObs(2024, 2, true, "2024-05-20")];
    expect(judgeTarget(milestone, WENZHOU_PLAN, series, MID_2024)).toMatchObject({
      status: "ACHIEVED",
      achievement: { raw: 1, display: 1, achieved: true },
      milestone: { done: true, doneIn: { year: 2024, quarter: 2 }, doneOn: "2024-05-20" },
    });
  });

  it("not done after the deadline: 已逾期; done late still counts as 已达成", () => {
    const after = onChinaDay("2026-01-15");
    expect(judgeTarget(milestone, WENZHOU_PLAN, [milestoneObs(2025, 4, false)], after).status).toBe("OVERDUE");
    expect(judgeTarget(milestone, WENZHOU_PLAN, [milestoneObs(2025, 4, false), milestoneObs(2026, 1, true)], onChinaDay("2026-04-15")).status).toBe(
      "ACHIEVED",
    );
  });

  it("honours a deadline date before the plan ends (温州 A4: 2023-12-31)", () => {
    const dated = makeTarget({ kind: "MILESTONE", comparator: "EQ", value: null, deadlineDate: "2023-12-31" });
    const j = judgeTarget(dated, WENZHOU_PLAN, [milestoneObs(2023, 4, false)], onChinaDay("2024-01-15"));
    expect(j).toMatchObject({ status: "OVERDUE", deadline: "2023-12-31", deadlinePassed: true, stale: false });
    // From 2024Q2 on, no report is due any more.
    expect(judgeTarget(dated, WENZHOU_PLAN, [], onChinaDay("2024-07-15")).stale).toBe(false);
  });
});
