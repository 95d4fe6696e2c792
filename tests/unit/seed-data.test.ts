/**
 * The real plan data under seed/data, checked against the source documents. These checks
 * are written independently of seed/validate.ts (and stricter where they can be), and the
 * validator itself is shown to catch broken fixtures, so neither can silently pass.
 */
import { describe, expect, it } from "vitest";
import { loadPlanBundles, regions } from "@/seed/data";
import { ZPlanBundle, type TPlanBundle, type TPlanBundleInput } from "@/seed/schema";
import { readSources } from "@/seed/sources";
import { validateBundles, type SourceTexts } from "@/seed/validate";

const bundles = loadPlanBundles();
const sources = readSources();
type Part = TPlanBundle["parts"][number];
/** One kind of record across all parts of a plan. */
const all = <K extends keyof Part>(b: TPlanBundle, key: K) => b.parts.flatMap((p) => p[key] as unknown[]) as Part[K];

interface Cited {
  where: string;
  file: string;
  quote: string;
}

function citations(b: TPlanBundle): Cited[] {
  const p = b.plan.code;
  return [
    ...all(b, "tasks").map((t) => ({ where: `${p} 任务 ${t.code}`, ...t.source })),
    ...all(b, "designations").map((d) => ({ where: `${p} 专科 ${d.hospitalCode}/${d.specialtyName}`, ...d.source })),
    ...all(b, "targets").flatMap((t) => [
      { where: `${p} 目标 ${t.code}`, ...t.source },
      ...t.alsoIn.map((c, i) => ({ where: `${p} 目标 ${t.code} alsoIn[${i}]`, ...c })),
    ]),
    ...all(b, "baselines").map((x) => ({ where: `${p} 基线 ${x.code}`, ...x.source })),
    ...all(b, "dimensions").map((x) => ({ where: `${p} 维度 ${x.code}`, ...x.source })),
  ];
}

/** Layout artefacts put spaces inside figures ("2025 年", "11 %"). */
const squeeze = (s: string) => s.replace(/\s+/g, "");

/**
 * The figure stands on its own in the quote: 10 is in "达10个" and "10.0", 4.7 in "4.70%",
 * but 10 is not in "2010年" or "10.5".
 */
function figureIn(value: number, quote: string): boolean {
  const spellings = new Set([String(value), value.toLocaleString("en-US", { maximumFractionDigits: 4 })]);
  const q = squeeze(quote);
  return [...spellings].some((s) => {
    const trailingZeros = s.includes(".") ? "0*" : "(?:\\.0+)?";
    return new RegExp(`(?<![\\d.,])${s.replace(/[.,]/g, "\\$&")}${trailingZeros}(?![\\d]|[.,]\\d)`).test(q);
  });
}

/**
 * Every wording the seed reads as a number, with that number. A new wording, or a new reading
 * of an old one, has to be added here on purpose.
 */
const WORDING_VALUES: Record<string, number> = {
  每年: 1,
  每季度: 1,
  一次: 1,
  所有: 100,
  全部: 100,
  全覆盖: 100,
  全面覆盖: 100,
  三分之二: 66.67,
  "1/3左右": 33.33,
  四大: 4,
  五大: 5,
  六大: 6,
  十四个: 14,
};

describe("seed data provenance", () => {
  it("passes the seed's own validation", () => {
    expect(validateBundles(bundles, regions, sources)).toEqual([]);
  });

  it("finds every quote verbatim in its source file", () => {
    const cited = bundles.flatMap(citations);
    expect(cited.length).toBeGreaterThan(800);
    const missing = cited.filter((c) => !(sources[c.file] ?? "").includes(c.quote)).map((c) => `${c.where}: ${c.quote}`);
    expect(missing).toEqual([]);
  });

  it("tells a figure standing in a quote from digits inside another number", () => {
    expect(figureIn(10, "国家临床重点专科达 10 个")).toBe(true);
    expect(figureIn(4.7, "年均增长4.70%")).toBe(true);
    expect(figureIn(62659, "共62,659人")).toBe(true);
    expect(figureIn(10, "2010年")).toBe(false);
    expect(figureIn(1, "到2025年")).toBe(false);
    expect(figureIn(10, "增长10.5%")).toBe(false);
  });

  it("finds every target value in its quote, or its wording there with an explicit reading", () => {
    const problems: string[] = [];
    const wordingsUsed = new Set<string>();
    for (const b of bundles) {
      for (const t of all(b, "targets")) {
        const where = `${b.plan.code} ${t.code}`;
        if (t.valueWording !== undefined) {
          wordingsUsed.add(t.valueWording);
          if (!squeeze(t.source.quote).includes(squeeze(t.valueWording))) problems.push(`${where}: 表述“${t.valueWording}”不在引文中`);
          if (WORDING_VALUES[t.valueWording] !== t.value) problems.push(`${where}: “${t.valueWording}”读作 ${t.value}，未登记于 WORDING_VALUES`);
          continue;
        }
        for (const v of [t.value, t.valueHigh]) {
          if (v !== null && v !== undefined && !figureIn(v, t.source.quote)) problems.push(`${where}: ${v} 不在引文中`);
        }
      }
      for (const x of all(b, "baselines")) if (!figureIn(x.value, x.source.quote)) problems.push(`${b.plan.code} 基线 ${x.code}: ${x.value}`);
    }
    expect(problems).toEqual([]);
    expect([...wordingsUsed].sort()).toEqual(Object.keys(WORDING_VALUES).sort());
  });
});

describe("seed data integrity", () => {
  const duplicates = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

  it("has no duplicate plans, task codes, target codes or targets", () => {
    expect(duplicates(bundles.map((b) => b.plan.code))).toEqual([]);
    for (const b of bundles) {
      const targets = all(b, "targets");
      expect(duplicates(all(b, "tasks").map((t) => t.code)), b.plan.code).toEqual([]);
      expect(duplicates(targets.map((t) => t.code)), b.plan.code).toEqual([]);
      expect(duplicates(all(b, "baselines").map((x) => x.code)), b.plan.code).toEqual([]);
      expect(duplicates(all(b, "dimensions").map((x) => x.code)), b.plan.code).toEqual([]);
      // One commitment is one target: the same metric, scope and sentence twice is a copy.
      expect(duplicates(targets.map((t) => `${t.metric}|${t.scope}|${t.source.file}|${t.source.quote}`)), b.plan.code).toEqual([]);
    }
  });

  it("gives every target a task of its plan and someone answerable, a lead among the units", () => {
    const problems: string[] = [];
    for (const b of bundles) {
      const tasks = new Map(all(b, "tasks").map((t) => [t.code, t]));
      for (const t of all(b, "targets")) {
        const task = tasks.get(t.taskCode);
        if (!task) problems.push(`${t.code}: 无任务 ${t.taskCode}`);
        const units = t.units ?? task?.units ?? [];
        if (units.length === 0 && t.hospitalCodes.length === 0) problems.push(`${t.code}: 无责任单位或医院`);
        if (units.length > 0 && !units.some((u) => u.lead)) problems.push(`${t.code}: 责任单位中无牵头单位`);
      }
    }
    expect(problems).toEqual([]);
  });

  // The current numbers, from `npx tsx seed/check.ts`. A change to the seed must change them here too.
  it("holds the pinned number of records per plan and of targets per kind", () => {
    const counts = Object.fromEntries(
      bundles.map((b) => {
        const kinds: Record<string, number> = {};
        for (const t of all(b, "targets")) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
        const n = (key: keyof Part) => all(b, key).length;
        const record = { tasks: n("tasks"), targets: n("targets"), units: n("units"), hospitals: n("hospitals") };
        return [b.plan.code, { ...record, designations: n("designations"), baselines: n("baselines"), dimensions: n("dimensions"), kinds }];
      }),
    );
    expect(counts).toEqual({
      "WZ-2023-80": {
        tasks: 101,
        targets: 208,
        units: 50,
        hospitals: 23,
        designations: 85,
        baselines: 3,
        dimensions: 0,
        kinds: { COUNT: 75, CEILING: 4, SHARE: 34, YEARLY_QUOTA: 22, GROWTH_RATE: 9, MILESTONE: 64 },
      },
      "TJ-14-5": {
        tasks: 38,
        targets: 37,
        units: 6,
        hospitals: 0,
        designations: 0,
        baselines: 27,
        dimensions: 0,
        kinds: { CEILING: 4, SHARE: 5, YEARLY_QUOTA: 18, RATIO: 1, MILESTONE: 9 },
      },
      "GZ-942": {
        tasks: 19,
        targets: 18,
        units: 5,
        hospitals: 0,
        designations: 0,
        baselines: 0,
        dimensions: 9,
        kinds: { COUNT: 3, YEARLY_QUOTA: 1, RATIO: 1, MILESTONE: 13 },
      },
    });
  });
});

describe("validateBundles on broken fixtures", () => {
  const FILE = "001_221d51d9768594f4.txt";
  const fixtureSources: SourceTexts = { [FILE]: "到2025年，全市建成10个市级临床重点专科。" };

  /** A one-target plan that is valid against fixtureSources; `target` overrides the target. */
  function fixture(target: Record<string, unknown> = {}): TPlanBundle[] {
    const input: TPlanBundleInput = {
      plan: {
        code: "FIX-1",
        title: "测试规划",
        shortTitle: "测试",
        documentNumber: null,
        issuer: "温州市卫生健康委员会",
        issuedOn: null,
        startYear: 2023,
        endYear: 2025,
        regionCode: "330300",
        sourceFile: FILE,
      },
      sections: [{ code: "BODY", title: "正文" }],
      parts: [
        {
          units: [{ name: "市卫健委", kind: "GOVERNMENT_DEPARTMENT", regionCode: "330300" }],
          tasks: [{ code: "T1", sectionCode: "BODY", number: "1", title: "专科建设", text: "建成市级临床重点专科", units: [{ name: "市卫健委", lead: true }], source: { file: FILE, quote: "全市建成10个市级临床重点专科" } }],
          targets: [
            {
              code: "T1-T1",
              taskCode: "T1",
              metric: "市级临床重点专科数量",
              comparator: "GTE",
              value: 10,
              unit: "个",
              deadlineYear: 2025,
              kind: "COUNT",
              scope: "全市",
              source: { file: FILE, quote: "到2025年，全市建成10个市级临床重点专科" },
              ...target,
            },
          ],
        },
      ],
    };
    return [ZPlanBundle.parse(input)];
  }

  it("accepts the valid fixture", () => {
    expect(validateBundles(fixture(), regions, fixtureSources)).toEqual([]);
  });

  it("reports a quote that is not verbatim in its source", () => {
    const problems = validateBundles(fixture({ source: { file: FILE, quote: "到2025年，全市建成十个市级临床重点专科" } }), regions, fixtureSources);
    expect(problems).toEqual([expect.stringMatching(/FIX-1 目标 T1-T1: 引文未在 001_221d51d9768594f4\.txt 中逐字找到/), expect.stringMatching(/数值 10 未出现在引文中/)]);
  });

  it("reports a value missing from its quote", () => {
    expect(validateBundles(fixture({ value: 12 }), regions, fixtureSources)).toEqual([expect.stringMatching(/FIX-1 目标 T1-T1: 数值 12 未出现在引文中/)]);
  });

  it("reports a wording that is not in the quote either", () => {
    expect(validateBundles(fixture({ value: 100, valueWording: "全覆盖" }), regions, fixtureSources)).toEqual([expect.stringMatching(/数值 100 未出现在引文中/)]);
  });

  it("reports an unknown responsible unit", () => {
    const problems = validateBundles(fixture({ units: [{ name: "市不存在局", lead: true }] }), regions, fixtureSources);
    expect(problems).toEqual([expect.stringMatching(/FIX-1 目标 T1-T1: 未登记的责任单位 市不存在局/)]);
  });

  it("reports an unknown task and a target without anyone answerable", () => {
    const problems = validateBundles(fixture({ taskCode: "T9" }), regions, fixtureSources);
    expect(problems).toEqual([expect.stringMatching(/未知任务 T9/), expect.stringMatching(/没有责任单位或医院/)]);
  });
});
