import { describe, expect, it } from "vitest";
import { decodePlanText, normalizePlanText } from "@/lib/import/plan-text";
import { splitNames } from "@/lib/import/plan-sheets";
import { encodeGbk } from "../helpers/gbk";

const TEXT = "温州市临床专科能力提升三年行动方案\r\n一、到2028年，新增省级临床重点专科15个。\r\n";

describe("a plan's text as uploaded", () => {
  it("reads UTF-8, with or without a byte-order mark, with LF line ends", () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodePlanText(utf8)).toEqual({ ok: true, encoding: "UTF-8", text: TEXT.replace(/\r\n/g, "\n") });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodePlanText(bom)).toMatchObject({ ok: true, text: TEXT.replace(/\r\n/g, "\n") });
  });

  it("reads GBK (as GB18030) when the bytes are not UTF-8", () => {
    const gbk = encodeGbk(TEXT);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbk)).toThrow();
    expect(decodePlanText(gbk)).toEqual({ ok: true, encoding: "GB18030", text: "温州市临床专科能力提升三年行动方案\n一、到2028年，新增省级临床重点专科15个。\n" });
  });

  it("reads UTF-16 by its byte-order mark", () => {
    const units = [0xfeff, ...[..."三年行动\r\n"].map((c) => c.charCodeAt(0))];
    const bytes = new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8]));
    expect(decodePlanText(bytes)).toEqual({ ok: true, encoding: "UTF-16", text: "三年行动\n" });
  });

  it("refuses what is not text: a zip (.docx) or a picture", () => {
    expect(decodePlanText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toEqual({ ok: false });
    expect(decodePlanText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toEqual({ ok: false });
  });

  it("normalises pasted text: CRLF and CR become LF, the byte-order mark goes", () => {
    expect(normalizePlanText("\uFEFF甲\r\n乙\r丙\n")).toBe("甲\n乙\n丙\n");
  });
});

describe("names in one cell", () => {
  it("splits on 、，, ; and line breaks, but not inside brackets", () => {
    expect(splitNames("市卫健委、市科技局，市财政局;温州医科大学\n市医保局")).toEqual(["市卫健委", "市科技局", "市财政局", "温州医科大学", "市医保局"]);
    expect(splitNames("各县（市、区）人民政府、市卫健委")).toEqual(["各县（市、区）人民政府", "市卫健委"]);
    expect(splitNames(" 市卫健委 、、市卫健委 ")).toEqual(["市卫健委"]);
  });
});
