import { errorResponse, json, pathParam, ref, type JsonObject, type OpenApiFragment } from "./common";

/** The progress summaries (lib/api/v1/summaries.ts): read only, a session or a staff/leader token. */
const STATUSES = ["ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA", "OVERDUE"];
const number = { type: ["number", "null"] };
const share = { type: ["number", "null"], minimum: 0, maximum: 1 };
const security: JsonObject[] = [{ bearer: [] }, { session: [] }];

const readErrors = (forbidden: string): JsonObject => ({
  "401": errorResponse("未登录，且没有有效的 API 令牌（带了无效令牌时不再看会话）"),
  "403": errorResponse(`${forbidden}；或以浏览器会话读取时，账号须先修改密码（首次登录、管理员重置或密码过期，代码 PASSWORD_CHANGE_REQUIRED）`),
  "404": errorResponse("不存在，或不在本账号的地区范围内（领导只看到本地区）"),
});

const status = { type: "string", enum: STATUSES, description: "已达成 · 正常推进 · 存在风险 · 严重滞后 · 未填报 · 已逾期" };

const StatusCounts = {
  type: "object",
  description: "每种状态的目标数",
  required: STATUSES,
  properties: Object.fromEntries(STATUSES.map((s) => [s, { type: "integer", minimum: 0 }])),
};

const Latest = {
  type: ["object", "null"],
  description: "最近一个有审核通过数据的季度（累计值；里程碑为是否完成）；从未填报为 null",
  properties: { value: number, milestoneDone: { type: ["boolean", "null"] }, year: { type: "integer" }, quarter: { type: "integer", minimum: 1, maximum: 4 } },
};

const progressFields: JsonObject = {
  status,
  achievement: { ...share, description: "完成度，0–1（显示用，超过目标记为 1）；未填报为 null" },
  achievementRaw: { ...number, description: "未截断的完成度（可大于 1 或小于 0）" },
  expected: { ...share, description: "按规划期进度此时应达到的完成度；里程碑为 null" },
  latest: ref("Latest"),
  stale: { type: "boolean", description: "应报的上一季度没有审核通过的数据" },
  deadline: { type: "string", format: "date" },
  reportCount: { type: "integer", description: "计入的审核通过填报值个数" },
};

const QuarterFigure = {
  type: "object",
  description: "一个季度审核通过的数值，已按目标的汇总方式（求和 / 牵头单位 / 最新）合并",
  properties: { year: { type: "integer" }, quarter: { type: "integer" }, actual: number, milestoneDone: { type: ["boolean", "null"] }, reportCount: { type: "integer" } },
};

const Projection = {
  type: "object",
  description: "按季度数据最小二乘外推到截止日；少于 3 个季度为 INSUFFICIENT_DATA，里程碑为 NOT_APPLICABLE",
  required: ["kind"],
  properties: {
    kind: { type: "string", enum: ["NOT_APPLICABLE", "INSUFFICIENT_DATA", "PROJECTED"] },
    value: { type: "number" }, at: { type: "string", format: "date" }, meetsTarget: { type: "boolean" }, slopePerYear: { type: "number" }, points: { type: "integer" },
  },
};

const PlanOverview = {
  type: "object",
  properties: {
    code: { type: "string" }, shortTitle: { type: "string" }, startYear: { type: "integer" }, endYear: { type: "integer" },
    total: { type: "integer" }, counts: ref("StatusCounts"), goodShare: { type: "number", description: "已达成和正常推进的目标占比，0–1" },
    improved: { type: "integer", description: "与一个季度前相比状态变好的目标数" }, worsened: { type: "integer", description: "状态变差的目标数" },
  },
};

const TargetStatus = {
  type: "object",
  properties: {
    id: { type: "string" }, code: { type: "string" }, metric: { type: "string" }, unit: { type: "string" }, kind: { type: "string" },
    comparator: { type: "string", enum: ["GTE", "GT", "LTE", "LT", "EQ", "RANGE"] }, value: number, valueHigh: number,
    task: { type: "object", properties: { code: { type: "string" }, number: { type: "string" }, title: { type: "string" } } },
    leadUnits: { type: "array", items: { type: "string" } },
    ...progressFields,
  },
};

const TargetDetail: JsonObject = {
  type: "object",
  description: "目标字段、所属规划与任务、原文出处（sourceFile、sourceQuote、citations）与进展",
  properties: {
    id: { type: "string" }, code: { type: "string" }, metric: { type: "string" }, comparator: { type: "string" }, value: number, valueHigh: number,
    unit: { type: "string" }, deadlineYear: { type: "integer" }, kind: { type: "string" }, baselineValue: number, baselineYear: { type: ["integer", "null"] },
    aggregation: { type: "string", enum: ["SUM", "LEAD_UNIT", "LATEST"] },
    sourceFile: { type: "string" }, sourceQuote: { type: "string", description: "规划原文中提出该目标的语句" },
    citations: { type: "array", items: { type: "object", properties: { id: { type: "string" }, sourceFile: { type: "string" }, quote: { type: "string" } } } },
    plan: { type: "object", properties: { code: { type: "string" }, title: { type: "string" }, shortTitle: { type: "string" } } },
    task: { type: "object" }, units: { type: "array", items: { type: "object" } }, assignees: { type: "array", items: { type: "object" } },
    milestones: { type: "array", items: { type: "object", properties: { year: { type: "integer" }, value: { type: "number" } } } },
    progress: {
      description: "进展；只对业务人员和领导给出，其他角色为 null",
      oneOf: [{ type: "null" }, { type: "object", properties: { ...progressFields, projection: ref("Projection"), series: { type: "array", items: ref("QuarterFigure") } } }],
    },
  },
};

const filterParams = [
  ["status", "只列出该状态的目标（计数不受影响）", { type: "string", enum: STATUSES }],
  ["task", "任务编号", { type: "string" }],
  ["unit", "责任单位编号", { type: "string" }],
  ["hospital", "医疗机构编号", { type: "string" }],
  ["county", "县（市、区）编号", { type: "string" }],
  ["year", "截止年份", { type: "integer" }],
  ["kind", "目标类型", { type: "string" }],
  ["sort", "排序", { type: "string", enum: ["code", "status", "progress", "gap", "deadline", "latest"] }],
  ["dir", "排序方向", { type: "string", enum: ["asc", "desc"] }],
].map(([name, description, schema]) => ({ name, in: "query", required: false, description, schema })) as JsonObject[];

const asOf = { type: "string", format: "date-time", description: "判断进展所依据的时刻" };

export const summaryPaths: OpenApiFragment = {
  schemas: { StatusCounts, Latest, QuarterFigure, Projection, PlanOverview, TargetStatus, TargetDetail },
  paths: {
    "/api/v1/plans": {
      get: {
        summary: "本地区的规划及各状态目标数", tags: ["进展汇总"], security,
        description: "与领导驾驶舱同一口径：同样的判断规则、同样的地区范围。需要业务人员或领导的会话或令牌。",
        responses: {
          "200": json({ type: "object", properties: { asOf, plans: { type: "array", items: ref("PlanOverview") } } }, "规划列表"),
          ...readErrors("角色不是业务人员或领导"),
        },
      },
    },
    "/api/v1/plans/{code}/summary": {
      parameters: [pathParam("code", "规划代码，如 WZ-2023-80")],
      get: {
        summary: "一个规划的状态计数及每个目标的状态、最新值和应达进度", tags: ["进展汇总"], security, parameters: filterParams,
        responses: {
          "200": json({ type: "object", properties: { asOf, plan: { type: "object" }, counts: ref("StatusCounts"), targets: { type: "array", items: ref("TargetStatus") } } }, "规划进展汇总"),
          ...readErrors("角色不是业务人员或领导"),
        },
      },
    },
    "/api/v1/targets/{id}": {
      parameters: [pathParam("id", "目标编号")],
      get: {
        summary: "一个目标：字段、原文出处、季度审核数据序列、趋势外推和状态", tags: ["进展汇总"], security,
        responses: { "200": json(ref("TargetDetail"), "目标"), ...readErrors("角色无权查看规划（审计员）") },
      },
    },
  },
};
