/**
 * Which targets of the three plans measure the same thing, so the overview can set Wenzhou,
 * Tianjin and Guizhou side by side (issue #6 "Cross-plan"). The plans word their commitments
 * differently (a count to reach, a yearly quota, a programme name), so a family is a judgement,
 * recorded here with its evidence: `evidence` must occur in each target's source sentence in
 * seed/data (tests/unit/cross-plan.test.ts checks it), `basis` says why the targets count as the
 * family's measure and how they differ, and is shown next to them as the 口径.
 *
 * Left out on purpose: 贵州 攀峰 (G-2-T1, 西南地区先进水平) is neither a national nor a provincial
 * designation; 温州 A1-05-T2 (省市级 60 个) mixes provincial and city specialties, its provincial
 * part is A2-02-T1; 温州 国家中医药重点专科 (A2-04-T1) has no counterpart in the other plans; the
 * funding ratios of 天津 CH4-02-T1 (市财政配套不高于 1:1) and 贵州 S-3-T1 (医院配套不低于 1:1) point
 * in opposite directions and measure different payers.
 */

export const CROSS_PLAN_FAMILY_KEYS = ["national", "provincial", "county"] as const;
export type CrossPlanFamilyKey = (typeof CROSS_PLAN_FAMILY_KEYS)[number];

export interface CrossPlanEntry {
  planCode: string;
  /** The plan's targets that measure the family; several when the plan sets one per district. */
  targetCodes: readonly string[];
  /** Words of every listed target's source sentence that show what it counts. */
  evidence: string;
  /** Why these targets are the plan's measure of the family, and how they differ from the others'. */
  basis: string;
}

export interface CrossPlanFamily {
  key: CrossPlanFamilyKey;
  entries: readonly CrossPlanEntry[];
}

const WZ = "WZ-2023-80";
const TJ = "TJ-14-5";
const GZ = "GZ-942";
const TIANJIN_DISTRICTS = 16;

export const CROSS_PLAN_FAMILIES: readonly CrossPlanFamily[] = [
  {
    key: "national",
    entries: [
      { planCode: WZ, targetCodes: ["A1-05-T1"], evidence: "国家临床重点专科达 10 个", basis: "国家临床重点专科总数，2023 年基线 9 个。" },
      {
        planCode: TJ,
        targetCodes: ["ZL1-01-T2"],
        evidence: "纳入国家项目库",
        basis: "天津未设国家临床重点专科总数目标；专栏1-1 每家国家区域医疗中心所在医院每年自主确定 1–2 个项目纳入国家项目库，是其唯一的国家级数量目标（年度额度）。",
      },
      {
        planCode: GZ,
        targetCodes: ["G-1-T1"],
        evidence: "达到国内先进水平的重点专科",
        basis: "“登峰计划”建成达到国内先进水平的重点专科，是贵州的国家级水平目标；由省卫生健康委组织验收，不是国家卫生健康委评定的国家临床重点专科。",
      },
    ],
  },
  {
    key: "provincial",
    entries: [
      { planCode: WZ, targetCodes: ["A2-02-T1"], evidence: "省级临床重点专科项目 20 个以上", basis: "纳入省级临床重点专科项目数（附件2措施2）；省市级合计 60 个（A1-05-T2）含市级，不列入。" },
      {
        planCode: TJ,
        targetCodes: ["ZL1-02-T1"],
        evidence: "市级临床重点专科建设项目",
        basis: "天津为直辖市，市级临床重点专科即省级层面；目标为每年设置 12–18 个建设项目（年度额度），不是累计总数。",
      },
      { planCode: GZ, targetCodes: ["G-3-T1"], evidence: "省级临床重点专科", basis: "“筑峰计划”在市县两级医院打造的省级临床重点专科，分三批立项。" },
    ],
  },
  {
    key: "county",
    entries: [
      { planCode: WZ, targetCodes: ["A4-04-T1"], evidence: "县级临床重点专科项目", basis: "附件4 四地（洞头、文成、泰顺、龙港）每年每 10 万常住人口匹配 1 个县级临床重点专科项目。" },
      {
        planCode: TJ,
        targetCodes: Array.from({ length: TIANJIN_DISTRICTS }, (_, i) => `ZL1-03-T${i + 1}`),
        evidence: "区级临床重点专科建设项目",
        basis: "天津的区相当于县级；各区每年至少匹配 5 个区级临床重点专科建设项目，每区一项目标。",
      },
    ],
  },
];

/** The least a target needs for the comparison: its code and its plan's. */
export interface CrossPlanTarget {
  code: string;
  plan: { code: string };
}

export interface CrossPlanCell<T> {
  entry: CrossPlanEntry;
  /** The entry's targets the user can see, in the entry's order; empty when archived since. */
  targets: T[];
}

export interface CrossPlanRow<T> {
  key: CrossPlanFamilyKey;
  /** One per plan of `planCodes`; null where that plan has no measure of the family. */
  cells: (CrossPlanCell<T> | null)[];
}

export interface CrossPlanLayout<T> {
  /** The plans of the families that the user can see, in the families' order (温州, 天津, 贵州). */
  planCodes: string[];
  rows: CrossPlanRow<T>[];
}

/**
 * Sets the visible targets out by family and plan. `visible` is every target the user may see:
 * a plan with none of them is outside the user's region and gets no column at all; a family
 * none of whose plans is visible gets no row.
 */
export function arrangeCrossPlan<T extends CrossPlanTarget>(visible: readonly T[], families: readonly CrossPlanFamily[] = CROSS_PLAN_FAMILIES): CrossPlanLayout<T> {
  const visiblePlans = new Set(visible.map((t) => t.plan.code));
  const byKey = new Map(visible.map((t) => [`${t.plan.code}|${t.code}`, t]));
  const planCodes = [...new Set(families.flatMap((f) => f.entries.map((e) => e.planCode)))].filter((p) => visiblePlans.has(p));
  const rows = families
    .map((f) => ({
      key: f.key,
      cells: planCodes.map((p) => {
        const entry = f.entries.find((e) => e.planCode === p);
        if (!entry) return null;
        const targets = entry.targetCodes.map((code) => byKey.get(`${p}|${code}`)).filter((t): t is T => t !== undefined);
        return { entry, targets };
      }),
    }))
    .filter((r) => r.cells.some((c) => c !== null));
  return { planCodes, rows };
}
