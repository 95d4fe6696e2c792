/**
 * zh-CN messages for the parts of a target edited with it (/manage/targets): yearly
 * milestones, further citations and responsible units, and how a revision shows them.
 * Spread into `manage`. Button names avoid 添加 and 新增, the names of the page's other buttons.
 */

const targetMilestones = {
  title: "年度节点",
  hint: "规划写明分年度节点时填写：当年年底应达到的累计值（上限类目标为当年应降到的值）。未填写时，按从基线到目标值的直线判断应有进度。",
  empty: "未设年度节点，按直线推进判断应有进度。",
  year: "年份",
  value: "节点值",
  rowYear: (n: number) => `第 ${n} 个节点 · 年份`,
  rowValue: (n: number) => `第 ${n} 个节点 · 节点值`,
  add: "增加年度节点",
  remove: "移除",
  removeRow: (n: number) => `移除第 ${n} 个节点`,
  invalid: "年度节点格式有误，请刷新页面后重新填写",
  tooMany: "年度节点不能超过 20 个",
  duplicateYear: "该年份已有节点",
  negative: "节点值不能为负数",
  unused: {
    MILESTONE: "“节点任务”只判断是否按期完成，不设年度节点",
    YEARLY: "“年度指标”每年单独考核，不设年度节点",
    LEVEL: "该目标全程按同一水平判断（增长率、比值，或基线已达到目标），年度节点不会被使用，请移除",
  },
  yearBeforePlan: (year: number) => `年份不能早于规划起始年份 ${year} 年`,
  yearAfterLast: (year: number) => `年份不能晚于 ${year} 年：完成期限应达到的就是目标本身`,
  outsidePath: (down: boolean, from: string, to: string) => (down ? `上限类目标的节点值应在目标 ${to} 与基线 ${from} 之间` : `节点值应在基线 ${from} 与目标 ${to} 之间`),
  backwards: (down: boolean) => (down ? "上限类目标的节点值应逐年下降或持平，不能高于此前年份的节点" : "节点值应逐年增加或持平，不能低于此前年份的节点"),
};

const targetCitations = {
  title: "其他出处",
  hint: "同一承诺在规划其他位置或其他文件中出现时逐处填写，文档视图会一并标出。选择收录的原文文件时，引文须与原文逐字一致。",
  empty: "仅有上方主引文一处出处。",
  file: (n: number) => `出处 ${n} · 来源文件`,
  custom: (n: number) => `出处 ${n} · 来源说明`,
  quote: (n: number) => `出处 ${n} · 引文`,
  add: "增加出处",
  moveUp: (n: number) => `上移出处 ${n}`,
  moveDown: (n: number) => `下移出处 ${n}`,
  removeRow: (n: number) => `移除出处 ${n}`,
  invalid: "其他出处格式有误，请刷新页面后重新填写",
  tooMany: "其他出处不能超过 20 处",
  duplicate: "与前面的出处重复",
  sameAsMain: "与主引文相同，无需重复填写",
};

const targetUnits = {
  title: "责任单位",
  hint: "牵头单位在前，配合单位在后。新增目标时默认沿用所属任务的责任单位；所属任务的责任单位调整时，与任务一致的目标随之调整。",
  add: "增加责任单位",
};

/** The parts of a revision (TargetRevision before → after) as the history lists them. */
const revisionParts = {
  figures: "目标",
  baseline: "基线",
  milestones: "年度节点",
  citations: "其他出处",
  units: "责任单位",
  none: "无",
  added: "新增",
  removed: "删去",
  reordered: "调整了顺序",
};

export const manageTargetParts = { targetMilestones, targetCitations, targetUnits, revisionParts } as const;
