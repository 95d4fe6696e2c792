import { describe, expect, it } from "vitest";
import { highlightQuotes, type Segment } from "@/lib/domain/highlight";

const marked = (segments: Segment[]) => segments.filter((s) => s.keys.length > 0).map((s) => [s.text, s.keys]);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join("");

describe("highlightQuotes", () => {
  it("marks a quote in place and keeps the text whole", () => {
    const text = "到2025年，国家临床重点专科达10个。";
    const { segments, missing, occurrences } = highlightQuotes(text, [{ key: "a", quote: "国家临床重点专科达10个" }]);
    expect(joined(segments)).toBe(text);
    expect(segments.map((s) => s.text)).toEqual(["到2025年，", "国家临床重点专科达10个", "。"]);
    expect(marked(segments)).toEqual([["国家临床重点专科达10个", ["a"]]]);
    expect(segments[1].starts).toEqual([{ key: "a", occurrence: 1 }]);
    expect(missing).toEqual([]);
    expect(occurrences.get("a")).toBe(1);
  });

  it("splits overlapping quotes, the most specific quote first where they overlap", () => {
    const text = "甲乙丙丁戊";
    const { segments } = highlightQuotes(text, [
      { key: "long", quote: "甲乙丙丁" },
      { key: "short", quote: "丙丁戊" },
    ]);
    expect(joined(segments)).toBe(text);
    expect(marked(segments)).toEqual([
      ["甲乙", ["long"]],
      ["丙丁", ["short", "long"]],
      ["戊", ["short"]],
    ]);
    expect(segments.find((s) => s.text === "丙丁")!.starts).toEqual([{ key: "short", occurrence: 1 }]);
  });

  it("marks a quote nested in another, and identical quotes of several targets together", () => {
    const { segments } = highlightQuotes("一二三四五", [
      { key: "outer", quote: "一二三四五" },
      { key: "inner", quote: "二三" },
      { key: "same", quote: "二三" },
    ]);
    expect(marked(segments)).toEqual([
      ["一", ["outer"]],
      ["二三", ["inner", "same", "outer"]],
      ["四五", ["outer"]],
    ]);
    expect(segments[1].starts.map((s) => s.key)).toEqual(["inner", "same"]);
  });

  it("marks every occurrence of a repeated quote and numbers them", () => {
    const text = "正文：建成10个专科联盟。附件1：建成10个专科联盟。";
    const { segments, occurrences } = highlightQuotes(text, [{ key: "a", quote: "建成10个专科联盟" }]);
    expect(marked(segments)).toEqual([
      ["建成10个专科联盟", ["a"]],
      ["建成10个专科联盟", ["a"]],
    ]);
    expect(segments.flatMap((s) => s.starts)).toEqual([
      { key: "a", occurrence: 1 },
      { key: "a", occurrence: 2 },
    ]);
    expect(occurrences.get("a")).toBe(2);
  });

  it("reports a quote that is not in the text and marks nothing for it", () => {
    const text = "天津市“十四五”临床专科能力建设规划";
    const { segments, missing, occurrences } = highlightQuotes(text, [
      { key: "gone", quote: "贵州" },
      { key: "empty", quote: "" },
      { key: "here", quote: "天津" },
    ]);
    expect(missing).toEqual(["gone", "empty"]);
    expect(occurrences.has("gone")).toBe(false);
    expect(marked(segments)).toEqual([["天津", ["here"]]]);
    expect(joined(segments)).toBe(text);
  });

  it("keeps adjacent quotes apart and handles quotes at both ends of the text", () => {
    const { segments } = highlightQuotes("ABCD", [
      { key: "ab", quote: "AB" },
      { key: "cd", quote: "CD" },
    ]);
    expect(marked(segments)).toEqual([
      ["AB", ["ab"]],
      ["CD", ["cd"]],
    ]);
  });

  it("returns the text as one plain segment when nothing is to be marked, and nothing for an empty text", () => {
    expect(highlightQuotes("原文", []).segments).toEqual([{ start: 0, text: "原文", keys: [], starts: [] }]);
    expect(highlightQuotes("", [{ key: "a", quote: "x" }]).segments).toEqual([]);
  });
});

describe("highlightQuotes on the real plans", () => {
  it("finds every quote of the Wenzhou plan in its main document and loses no character", async () => {
    const { loadPlanBundles } = await import("@/seed/data");
    const { readSources } = await import("@/seed/sources");
    const file = "001_221d51d9768594f4.txt";
    const text = readSources()[file];
    const wenzhou = loadPlanBundles().find((b) => b.plan.code === "WZ-2023-80")!;
    const quotes = wenzhou.parts
      .flatMap((p) => p.targets)
      .flatMap((t) => [t.source, ...t.alsoIn].map((c, i) => ({ key: `${t.code}#${i}`, file: c.file, quote: c.quote })))
      .filter((q) => q.file === file);
    expect(quotes.length).toBeGreaterThan(300);
    const { segments, missing } = highlightQuotes(text, quotes);
    expect(missing).toEqual([]);
    expect(joined(segments)).toBe(text);
    const covered = new Set(segments.flatMap((s) => s.keys));
    expect(quotes.every((q) => covered.has(q.key))).toBe(true);
  });
});
