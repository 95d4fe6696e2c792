import { describe, expect, it } from "vitest";
import { readFigure, readYear } from "@/lib/domain/figure-input";

describe("readFigure", () => {
  it.each<[string | number | null, number | null]>([
    ["12", 12],
    ["１２", 12],
    ["１２．５", 12.5],
    [" 1,200 ", 1200],
    ["\u300010\u3000", 10],
    [7, 7],
    ["", null],
    [null, null],
  ])("reads %j as %j", (raw, value) => {
    expect(readFigure(raw)).toEqual({ ok: true, value });
  });

  it.each(["≥10", "＞5", "不低于10", "10以上"])("refuses %j with the reason that it carries a comparison", (raw) => {
    expect(readFigure(raw)).toEqual({ ok: false, reason: "withSymbol" });
  });

  it.each(["十", "10个", "1.2.3", "abc", "1e5"])("refuses %j as not a number", (raw) => {
    expect(readFigure(raw)).toEqual({ ok: false, reason: "notNumber" });
  });
});

describe("readYear", () => {
  it("reads four-digit years, full-width too, and refuses anything else", () => {
    expect(readYear("２０２５")).toEqual({ ok: true, value: 2025 });
    expect(readYear("")).toEqual({ ok: true, value: null });
    expect(readYear("25")).toEqual({ ok: false });
    expect(readYear("2025.5")).toEqual({ ok: false });
  });
});
