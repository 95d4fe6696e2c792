import { describe, expect, it } from "vitest";
import {
  PROGRESS_STATUSES,
  STATUS_MARKER,
  STATUS_TOLERANCE,
  computeTargetStatus,
  isStale,
  progressStatusLabel,
  type Achievement,
} from "@/lib/domain/progress";
import { m } from "@/lib/i18n";
import { WENZHOU_PLAN, makeTarget, milestoneObs, obs, onChinaDay } from "../helpers/progress";

const progress = (raw: number, achieved = false): Achievement => ({ raw, display: Math.min(1, Math.max(0, raw)), achieved });

describe("computeTargetStatus", () => {
  it("says 未填报 when nothing was reported, even after the deadline", () => {
    expect(computeTargetStatus({ achievement: null, expected: 0.5, deadlinePassed: false })).toBe("NO_DATA");
    expect(computeTargetStatus({ achievement: null, expected: 1, deadlinePassed: true })).toBe("NO_DATA");
  });

  it("says 已达成 when the target is met, before or after the deadline", () => {
    expect(computeTargetStatus({ achievement: progress(1, true), expected: 0.2, deadlinePassed: false })).toBe("ACHIEVED");
    expect(computeTargetStatus({ achievement: progress(1.3, true), expected: 1, deadlinePassed: true })).toBe("ACHIEVED");
  });

  it("says 已逾期 once the deadline has passed without the target met, however close", () => {
    expect(computeTargetStatus({ achievement: progress(0.99), expected: 1, deadlinePassed: true })).toBe("OVERDUE");
  });

  it("says 正常推进 at or above the expected progress", () => {
    expect(computeTargetStatus({ achievement: progress(0.5), expected: 0.5, deadlinePassed: false })).toBe("ON_TRACK");
    expect(computeTargetStatus({ achievement: progress(0.7), expected: 0.5, deadlinePassed: false })).toBe("ON_TRACK");
  });

  it("says 存在风险 within the tolerance below expected, the boundary itself included", () => {
    expect(STATUS_TOLERANCE).toBe(0.1);
    expect(computeTargetStatus({ achievement: progress(0.45), expected: 0.5, deadlinePassed: false })).toBe("AT_RISK");
    expect(computeTargetStatus({ achievement: progress(0.4), expected: 0.5, deadlinePassed: false })).toBe("AT_RISK");
    // 0.4 − 0.1 is 0.30000000000000004 in floating point: 0.3 is still exactly on the boundary.
    expect(computeTargetStatus({ achievement: progress(0.3), expected: 0.4, deadlinePassed: false })).toBe("AT_RISK");
    expect(computeTargetStatus({ achievement: progress(0.2), expected: 0.3, deadlinePassed: false })).toBe("AT_RISK");
  });

  it("says 严重滞后 just beyond the tolerance, and for negative progress", () => {
    expect(computeTargetStatus({ achievement: progress(0.3999), expected: 0.5, deadlinePassed: false })).toBe("OFF_TRACK");
    expect(computeTargetStatus({ achievement: progress(-0.5), expected: 0.05, deadlinePassed: false })).toBe("OFF_TRACK");
  });

  it("takes another tolerance when asked", () => {
    expect(computeTargetStatus({ achievement: progress(0.35), expected: 0.5, deadlinePassed: false, tolerance: 0.2 })).toBe("AT_RISK");
  });

  it("holds a figure above a range against the whole target, whatever the date", () => {
    const above = (raw: number): Achievement => ({ ...progress(raw), position: "ABOVE" });
    expect(computeTargetStatus({ achievement: above(0.95), expected: 0.3, deadlinePassed: false })).toBe("AT_RISK");
    expect(computeTargetStatus({ achievement: above(0.5), expected: 0.3, deadlinePassed: false })).toBe("OFF_TRACK");
    expect(computeTargetStatus({ achievement: { ...progress(0.5), position: "BELOW" }, expected: 0.3, deadlinePassed: false })).toBe("ON_TRACK");
  });

  it("has no expectation to fall behind for a milestone before its deadline", () => {
    expect(computeTargetStatus({ achievement: progress(0), expected: null, deadlinePassed: false })).toBe("ON_TRACK");
  });
});

describe("status labels and markers", () => {
  it("labels each status in Chinese", () => {
    expect(PROGRESS_STATUSES.map(progressStatusLabel)).toEqual(["已达成", "正常推进", "存在风险", "严重滞后", "未填报", "已逾期"]);
    expect(m.progressStatus.projection.INSUFFICIENT_DATA).toBe("数据不足");
  });

  it("gives each status its own symbol and icon, so colour is never the only cue", () => {
    const symbols = PROGRESS_STATUSES.map((s) => STATUS_MARKER[s].symbol);
    const icons = PROGRESS_STATUSES.map((s) => STATUS_MARKER[s].icon);
    expect(symbols).toEqual(["✓", "▲", "!", "✕", "–", "◆"]);
    expect(new Set(icons).size).toBe(PROGRESS_STATUSES.length);
  });
});

describe("isStale", () => {
  const target = makeTarget();

  it("is false when the previous quarter was reported", () => {
    expect(isStale(target, WENZHOU_PLAN, [obs(2025, 2, 6)], onChinaDay("2025-08-15"))).toBe(false);
  });

  it("is true when the previous quarter is missing, even if older ones were reported", () => {
    expect(isStale(target, WENZHOU_PLAN, [obs(2025, 1, 5)], onChinaDay("2025-08-15"))).toBe(true);
    expect(isStale(target, WENZHOU_PLAN, [], onChinaDay("2025-08-15"))).toBe(true);
  });

  it("does not count a blank figure as a report", () => {
    expect(isStale(target, WENZHOU_PLAN, [obs(2025, 2, null)], onChinaDay("2025-08-15"))).toBe(true);
    const milestone = makeTarget({ kind: "MILESTONE", comparator: "EQ", value: null });
    expect(isStale(milestone, WENZHOU_PLAN, [milestoneObs(2025, 2, false)], onChinaDay("2025-08-15"))).toBe(false);
  });

  it("looks at the quarter before asOf's quarter on the China calendar", () => {
    // 1 July 2025 00:30 in Beijing (30 June 16:30 UTC) is in Q3, so Q2 is due.
    expect(isStale(target, WENZHOU_PLAN, [obs(2025, 1, 5)], new Date("2025-06-30T16:30:00Z"))).toBe(true);
    expect(isStale(target, WENZHOU_PLAN, [obs(2025, 1, 5)], new Date("2025-06-30T15:30:00Z"))).toBe(false);
  });

  it("is false while no report is due: before the plan starts and after the deadline's quarter", () => {
    expect(isStale(target, WENZHOU_PLAN, [], onChinaDay("2023-02-10"))).toBe(false);
    expect(isStale(target, WENZHOU_PLAN, [], onChinaDay("2026-01-15"))).toBe(true);
    expect(isStale(target, WENZHOU_PLAN, [], onChinaDay("2026-04-15"))).toBe(false);
  });
});
