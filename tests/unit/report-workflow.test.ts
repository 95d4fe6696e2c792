import { describe, expect, it } from "vitest";
import { checkReportValues } from "@/lib/domain/report-values";
import {
  acceptsChanges, completenessState, daysLeft, defaultDeadline, isEditable, nextStatus, reportChanges, statusesAllowing, submittedOnTime,
  type ReportSnapshot,
} from "@/lib/domain/report-workflow";

describe("the report state machine", () => {
  it("goes draft → submitted → approved or returned, and returned → submitted again", () => {
    expect(nextStatus("DRAFT", "SUBMIT")).toBe("SUBMITTED");
    expect(nextStatus("SUBMITTED", "APPROVE")).toBe("APPROVED");
    expect(nextStatus("SUBMITTED", "RETURN")).toBe("RETURNED");
    expect(nextStatus("RETURNED", "SUBMIT")).toBe("SUBMITTED");
  });

  it("refuses every other move", () => {
    expect(nextStatus("DRAFT", "APPROVE")).toBeNull();
    expect(nextStatus("APPROVED", "RETURN")).toBeNull();
    expect(nextStatus("APPROVED", "SUBMIT")).toBeNull();
    expect(nextStatus("SUBMITTED", "SUBMIT")).toBeNull();
    expect(nextStatus("RETURNED", "APPROVE")).toBeNull();
    expect(nextStatus("SUBMITTED", "SAVE")).toBeNull();
  });

  it("names the statuses each conditional UPDATE may start from", () => {
    expect(statusesAllowing("SUBMIT").sort()).toEqual(["DRAFT", "RETURNED"]);
    expect(statusesAllowing("APPROVE")).toEqual(["SUBMITTED"]);
    expect(statusesAllowing("RETURN")).toEqual(["SUBMITTED"]);
  });

  it("lets the reporter edit only drafts and returned reports of an open period", () => {
    expect(isEditable("DRAFT")).toBe(true);
    expect(isEditable("RETURNED")).toBe(true);
    expect(isEditable("SUBMITTED")).toBe(false);
    expect(isEditable("APPROVED")).toBe(false);
    expect(acceptsChanges("OPEN", "DRAFT")).toBe(true);
    expect(acceptsChanges("CLOSED", "DRAFT")).toBe(false);
    expect(acceptsChanges("PLANNED", "RETURNED")).toBe(false);
  });
});

describe("deadlines", () => {
  it("defaults to the 10th day after the quarter ends", () => {
    expect(defaultDeadline(2025, 3).toISOString().slice(0, 10)).toBe("2025-10-10");
    expect(defaultDeadline(2025, 4).toISOString().slice(0, 10)).toBe("2026-01-10");
    expect(defaultDeadline(2024, 1).toISOString().slice(0, 10)).toBe("2024-04-10");
  });

  it("counts days left on the China calendar", () => {
    const deadline = new Date("2025-10-10T00:00:00Z");
    expect(daysLeft(deadline, new Date("2025-10-07T02:00:00Z"))).toBe(3);
    // 17:00 UTC on the 9th is already the 10th in Beijing: the deadline day.
    expect(daysLeft(deadline, new Date("2025-10-09T17:00:00Z"))).toBe(0);
    expect(daysLeft(deadline, new Date("2025-10-12T02:00:00Z"))).toBe(-2);
  });

  it("classifies reporters for the completeness page", () => {
    const deadline = new Date("2025-10-10T00:00:00Z");
    expect(completenessState(null, deadline)).toBe("NOT_STARTED");
    expect(completenessState({ status: "DRAFT", submittedAt: null }, deadline)).toBe("DRAFT");
    expect(completenessState({ status: "RETURNED", submittedAt: new Date("2025-10-01T00:00:00Z") }, deadline)).toBe("RETURNED");
    expect(completenessState({ status: "SUBMITTED", submittedAt: new Date("2025-10-10T15:00:00Z") }, deadline)).toBe("ON_TIME");
    expect(completenessState({ status: "APPROVED", submittedAt: new Date("2025-10-10T16:30:00Z") }, deadline)).toBe("LATE");
    expect(submittedOnTime(new Date("2025-10-09T23:59:00Z"), deadline)).toBe(true);
  });
});

describe("what changed since the last submission", () => {
  const base: ReportSnapshot = {
    values: { a1: { value: "12", milestoneDone: null, milestoneDate: null, note: null }, a2: { value: null, milestoneDone: false, milestoneDate: null, note: null } },
    progress: "进展",
    problems: "",
    nextSteps: "",
  };
  it("lists changed values and narrative, and treats 12 and 12.0000 as the same number", () => {
    const after: ReportSnapshot = {
      ...base,
      values: { a1: { value: "12.0000", milestoneDone: null, milestoneDate: null, note: "补充" }, a2: { value: null, milestoneDone: true, milestoneDate: "2025-09-01", note: null } },
      problems: "人手不足",
    };
    expect(reportChanges(base, after)).toEqual([
      { assignmentId: "a1", field: "note", before: null, after: "补充" },
      { assignmentId: "a2", field: "milestoneDone", before: false, after: true },
      { assignmentId: "a2", field: "milestoneDate", before: null, after: "2025-09-01" },
      { assignmentId: null, field: "problems", before: "", after: "人手不足" },
    ]);
    expect(reportChanges(base, base)).toEqual([]);
  });
});

describe("value checks", () => {
  const rules = [
    { assignmentId: "count", kind: "COUNT", lastApprovedValue: "10" },
    { assignmentId: "share", kind: "SHARE", lastApprovedValue: null },
    { assignmentId: "ms", kind: "MILESTONE", lastApprovedValue: null },
  ];
  it("answers in Chinese next to each field", () => {
    expect(checkReportValues(rules, [{ assignmentId: "count", value: "abc" }], "draft")).toEqual({ "count.value": "请填写数字" });
    expect(checkReportValues(rules, [{ assignmentId: "count", value: "-1" }], "draft")).toEqual({ "count.value": "不能为负数" });
    expect(checkReportValues(rules, [{ assignmentId: "share", value: "100.5" }], "draft")).toEqual({ "share.value": "比例不能超过 100" });
    expect(checkReportValues(rules, [{ assignmentId: "count", value: "8" }], "draft")).toEqual({ "count.note": "低于上次审核通过的累计值 10，请在说明中写明原因" });
    expect(checkReportValues(rules, [{ assignmentId: "count", value: "8", note: "口径调整" }], "draft")).toEqual({});
    expect(checkReportValues(rules, [{ assignmentId: "nope", value: "1" }], "draft")).toEqual({ "nope.value": "该目标不在本填报中" });
  });
  it("lets a draft stay blank but wants everything on submit", () => {
    expect(checkReportValues(rules, [], "draft")).toEqual({});
    expect(checkReportValues(rules, [{ assignmentId: "ms", milestoneDone: true }], "submit")).toEqual({
      "count.value": "提交前请填写",
      "share.value": "提交前请填写",
      "ms.milestoneDate": "已完成的请填写完成日期",
    });
  });
});
