import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { escapeCellText, looksLikeFormula } from "@/lib/export/cell";
import { buildCsv, csvField } from "@/lib/export/csv";
import { contentDisposition, exportFileName } from "@/lib/export/download";
import {
  formatResponsibleUnits,
  TARGET_EXPORT_HEADERS,
  TARGET_EXPORT_KEYS,
  targetsToCsv,
  targetsToJson,
  targetsToXlsx,
  type TargetExportRow,
} from "@/lib/export/targets";

const row: TargetExportRow = {
  code: "A1-05-T1",
  plan: "温州市推进医疗高地建设新三年行动计划（2023—2025年）",
  region: "温州市",
  taskCode: "A1-05",
  taskTitle: "规划专科发展布局",
  metric: "国家临床重点专科数量",
  comparator: "GTE",
  value: 10,
  valueHigh: null,
  unit: "个",
  year: 2025,
  kind: "COUNT",
  scope: "全市",
  responsibleUnits: "市卫健委（牵头）、温州医科大学",
  sourceFile: "001_221d51d9768594f4.txt",
  sourceQuote: "到 2025 年，国家临床重点专科达 10 个、省市级临床重点专科达 60 个。",
  hospitals: "",
  baselineValue: null,
  baselineYear: null,
  deadlineDate: null,
  alsoInCount: 2,
  decisionNote: null,
  planCode: "WZ-2023-80",
};

describe("formula escaping", () => {
  it.each(["=1+1", "+86 577", "-2", "@SUM(A1)", "\tx", "\rx"])("neutralises %j with a leading apostrophe", (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(escapeCellText(text)).toBe(`'${text}`);
  });

  it.each(["市卫健委", "a=b", "2025年", "", "≥", "＝"])("leaves %j alone", (text) => {
    expect(escapeCellText(text)).toBe(text);
  });
});

describe("CSV", () => {
  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvField("甲,乙")).toBe('"甲,乙"');
    expect(csvField('称“高地”和"high"')).toBe('"称“高地”和""high"""');
    expect(csvField("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("不需要引号")).toBe("不需要引号");
  });

  it("escapes a formula before quoting it, but writes numbers as numbers", () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField(-5)).toBe("-5");
    expect(csvField(66.67)).toBe("66.67");
    expect(csvField(null)).toBe("");
  });

  it("starts with a UTF-8 byte-order mark and ends every line with CRLF", () => {
    const csv = buildCsv(["代码", "指标"], [["T1", "甲,乙"], ["T2", null]]);
    expect(csv).toBe('\uFEFF代码,指标\r\nT1,"甲,乙"\r\nT2,\r\n');
  });
});

describe("target export columns", () => {
  it("puts the required Chinese headers first, in the issue's order", () => {
    expect(TARGET_EXPORT_HEADERS.slice(0, 16)).toEqual([
      "代码", "规划", "行政区划", "任务编号", "任务名称", "指标", "比较符", "目标值",
      "上限值", "单位", "年份", "类型", "范围", "责任单位", "来源文件", "原文引述",
    ]);
    expect(TARGET_EXPORT_HEADERS).toEqual(expect.arrayContaining(["基线值", "截止日期", "其他出处数", "口径说明"]));
    expect(new Set(TARGET_EXPORT_HEADERS).size).toBe(TARGET_EXPORT_HEADERS.length);
  });

  it("writes a CSV row in header order with Chinese comparator and kind", () => {
    const [head, line, end] = targetsToCsv([{ ...row, sourceQuote: "甲,“乙”\n丙" }]).split("\r\n");
    expect(head).toBe(`\uFEFF${TARGET_EXPORT_HEADERS.join(",")}`);
    expect(line.startsWith("A1-05-T1,温州市推进医疗高地建设新三年行动计划（2023—2025年）,温州市,A1-05,规划专科发展布局,国家临床重点专科数量,≥,10,,个,2025,数量,全市,")).toBe(true);
    expect(line).toContain(',"甲,“乙”\n丙",');
    expect(end).toBe("");
  });

  it("keeps English keys and enum codes in JSON, in column order", () => {
    const [record] = JSON.parse(targetsToJson([row]));
    expect(Object.keys(record)).toEqual([...TARGET_EXPORT_KEYS]);
    expect(record).toMatchObject({ code: "A1-05-T1", comparator: "GTE", kind: "COUNT", value: 10, valueHigh: null, responsibleUnits: "市卫健委（牵头）、温州医科大学" });
  });

  it("names the lead unit(s) first, marked, however the list was ordered", () => {
    expect(formatResponsibleUnits([{ name: "温州医科大学", lead: false }, { name: "市卫健委", lead: true }])).toBe("市卫健委（牵头）、温州医科大学");
    expect(formatResponsibleUnits([{ name: "甲", lead: true }, { name: "乙", lead: false }, { name: "丙", lead: true }])).toBe("甲（牵头）、丙（牵头）、乙");
    expect(formatResponsibleUnits([])).toBe("");
  });
});

describe("target export workbook", () => {
  it("has a bold frozen header, numbers as numbers and would-be formulas as escaped text", async () => {
    const bytes = await targetsToXlsx([{ ...row, metric: "=cmd|' /C calc'!A0", value: -1 }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("目标清单");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...TARGET_EXPORT_HEADERS]);
    const col = (header: string) => TARGET_EXPORT_HEADERS.indexOf(header) + 1;
    expect(sheet.getRow(2).getCell(col("指标")).value).toBe("'=cmd|' /C calc'!A0");
    expect(sheet.getRow(2).getCell(col("指标")).numFmt).toBe("@");
    expect(sheet.getRow(2).getCell(col("目标值")).value).toBe(-1);
    expect(sheet.getColumn(col("原文引述")).alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(col("原文引述")).width).toBeGreaterThanOrEqual(40);
  });
});

describe("download file name", () => {
  it("dates the file in China Standard Time", () => {
    expect(exportFileName(["临床专科建设目标"], "xlsx", new Date("2026-11-21T16:30:00Z"))).toBe("临床专科建设目标_2026-11-22.xlsx");
  });

  it("carries the Chinese name as RFC 5987 UTF-8 with an ASCII fallback", () => {
    expect(contentDisposition("临床专科建设目标_2026-11-22.xlsx", "targets_2026-11-22.xlsx")).toBe(
      `attachment; filename="targets_2026-11-22.xlsx"; filename*=UTF-8''%E4%B8%B4%E5%BA%8A%E4%B8%93%E7%A7%91%E5%BB%BA%E8%AE%BE%E7%9B%AE%E6%A0%87_2026-11-22.xlsx`,
    );
    expect(contentDisposition("a'(b)*\"c.csv")).toBe(`attachment; filename="a'(b)*_c.csv"; filename*=UTF-8''a%27%28b%29%2A%22c.csv`);
  });
});
