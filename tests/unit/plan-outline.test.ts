import { describe, expect, it } from "vitest";
import { buildPlanOutline } from "@/lib/domain/plan-outline";
import { matchesTargetFilter, type TargetFilter } from "@/lib/domain/target-filter";
import { parseTargetFilter } from "@/lib/validation/targets";

const none: TargetFilter = { text: "", kind: null };
const sections = [
  { id: "s1", code: "A1", parentId: null },
  { id: "s3", code: "A3", parentId: null },
  { id: "s3l", code: "A3L", parentId: "s3" },
];
const tasks = [
  { id: "t1", sectionId: "s1", number: "任务5", title: "规划专科发展布局" },
  { id: "t2", sectionId: "s1", number: "任务6", title: "发展专科联盟" },
  { id: "t3", sectionId: "s3l", number: "1", title: "中医药重点专科" },
  { id: "t4", sectionId: null, number: "（一）", title: "组织保障" },
];
const targets = [
  { id: "g1", taskId: "t1", code: "A1-05-T1", metric: "国家临床重点专科数量", scope: "全市", kind: "COUNT" as const },
  { id: "g2", taskId: "t3", code: "A3L-01-T1", metric: "中医药优势专科数量", scope: "全市", kind: "COUNT" as const },
  { id: "g3", taskId: "t3", code: "A3L-01-T2", metric: "中药饮片使用比例", scope: "二级以上中医院", kind: "SHARE" as const },
];

describe("buildPlanOutline", () => {
  it("keeps document order and every task, a task without a section last", () => {
    const outline = buildPlanOutline(sections, tasks, targets, none);
    expect(outline.map((o) => [o.section?.code ?? null, o.depth, o.tasks.map((t) => t.task.id)])).toEqual([
      ["A1", 0, ["t1", "t2"]],
      ["A3", 0, []],
      ["A3L", 1, ["t3"]],
      [null, 0, ["t4"]],
    ]);
    expect(outline[2].tasks[0].targets.map((g) => g.id)).toEqual(["g2", "g3"]);
  });

  it("under a filter drops the targets, tasks and sections that do not match", () => {
    const outline = buildPlanOutline(sections, tasks, targets, { text: "", kind: "SHARE" });
    expect(outline.map((o) => o.section?.code ?? null)).toEqual(["A3", "A3L"]);
    expect(outline[1].tasks.map((t) => t.targets.map((g) => g.id))).toEqual([["g3"]]);
    expect(buildPlanOutline(sections, tasks, targets, { text: "没有这个指标", kind: null })).toEqual([]);
  });
});

describe("matchesTargetFilter", () => {
  const task = { number: "任务5", title: "规划专科发展布局" };
  it("matches the text in the code, metric, scope or task, ignoring case and spaces around it", () => {
    expect(matchesTargetFilter(targets[0], task, { text: " a1-05 ", kind: null })).toBe(true);
    expect(matchesTargetFilter(targets[0], task, { text: "重点专科", kind: null })).toBe(true);
    expect(matchesTargetFilter(targets[0], task, { text: "发展布局", kind: null })).toBe(true);
    expect(matchesTargetFilter(targets[0], task, { text: "中医", kind: null })).toBe(false);
  });
  it("requires the kind when one is chosen", () => {
    expect(matchesTargetFilter(targets[0], task, { text: "", kind: "COUNT" })).toBe(true);
    expect(matchesTargetFilter(targets[0], task, { text: "重点专科", kind: "SHARE" })).toBe(false);
  });
});

describe("parseTargetFilter", () => {
  it("reads the URL's search params and ignores what it does not know", () => {
    expect(parseTargetFilter({ q: " 专科 ", kind: "SHARE" })).toEqual({ text: "专科", kind: "SHARE" });
    expect(parseTargetFilter({ kind: "DROP TABLE" })).toEqual({ text: "", kind: null });
    expect(parseTargetFilter({ q: ["a", "b"], kind: "" })).toEqual({ text: "a", kind: null });
    expect(parseTargetFilter({ q: "x".repeat(500) })).toEqual({ text: "", kind: null });
  });
});
