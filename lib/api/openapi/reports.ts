import { authErrors, errorResponse, idempotencyKey, json, pathParam, ref, type OpenApiFragment } from "./common";

const nullableString = { type: ["string", "null"] };
const decimal = { type: ["string", "null"], description: "十进制数，字符串表示（如 \"12.5\"）" };

const ReportValueInput = {
  type: "object",
  required: ["assignmentId"],
  properties: {
    assignmentId: { type: "string" },
    value: { ...decimal, maxLength: 40 },
    milestoneDone: { type: ["boolean", "null"] },
    milestoneDate: { type: ["string", "null"], format: "date" },
    note: { type: ["string", "null"], maxLength: 500 },
  },
};

const ReportFormItem = {
  type: "object",
  properties: {
    assignmentId: { type: "string" }, targetId: { type: "string" }, planCode: { type: "string" }, planTitle: { type: "string" },
    taskCode: { type: "string" }, taskTitle: { type: "string" }, targetCode: { type: "string" }, metric: { type: "string" },
    comparator: { type: "string" }, value: decimal, valueHigh: decimal, unit: { type: "string" }, deadlineYear: { type: "integer" },
    kind: { type: "string", enum: ["QUANTITY", "SHARE", "YEARLY_QUOTA", "MILESTONE"] }, sourceQuote: { type: "string" }, shareValue: decimal,
    lastApproved: { type: ["object", "null"], properties: { value: decimal, milestoneDone: { type: ["boolean", "null"] }, year: { type: "integer" }, quarter: { type: "integer" } } },
    current: { type: "object", properties: { value: decimal, milestoneDone: { type: ["boolean", "null"] }, milestoneDate: nullableString, note: nullableString } },
  },
};

const ReportForm = {
  type: "object",
  properties: {
    report: {
      type: "object",
      properties: {
        id: { type: "string" }, status: { type: "string", enum: ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] }, version: { type: "integer" },
        periodId: { type: "string" }, periodLabel: { type: "string" }, periodStatus: { type: "string" }, deadline: { type: "string", format: "date-time" },
        reporterName: { type: "string" }, returnReason: nullableString, submittedAt: { type: ["string", "null"], format: "date-time" },
        reviewedAt: { type: ["string", "null"], format: "date-time" }, reviewerName: nullableString, editable: { type: "boolean" },
      },
    },
    items: { type: "array", items: ref("ReportFormItem") },
    progress: { type: "string" }, problems: { type: "string" }, nextSteps: { type: "string" },
  },
};

const write = (extra: Record<string, object>) => ({ ...authErrors, "400": errorResponse("缺少 Idempotency-Key 或请求体不是 JSON"), ...extra });
const security = [{ bearer: [] }];

export const reportPaths: OpenApiFragment = {
  schemas: {
    ReportValueInput, ReportFormItem, ReportForm,
    ReportSave: {
      type: "object",
      required: ["version", "values", "progress", "problems", "nextSteps"],
      properties: {
        version: { type: "integer", minimum: 1, description: "保存所基于的版本；已过期则返回 409" },
        values: { type: "array", maxItems: 2000, items: ref("ReportValueInput") },
        progress: { type: "string", maxLength: 4000 }, problems: { type: "string", maxLength: 4000 }, nextSteps: { type: "string", maxLength: 4000 },
      },
    },
    Period: {
      type: "object",
      properties: {
        periodId: { type: "string" }, label: { type: "string" }, year: { type: "integer" }, quarter: { type: "integer" },
        status: { type: "string", enum: ["PLANNED", "OPEN", "CLOSED"] }, opensOn: { type: "string", format: "date-time" }, deadline: { type: "string", format: "date-time" },
        daysLeft: { type: "integer" }, targetCount: { type: "integer" },
        report: { type: ["object", "null"], properties: { id: { type: "string" }, status: { type: "string" }, version: { type: "integer" }, submittedAt: { type: ["string", "null"] }, returnReason: nullableString } },
      },
    },
    Assignment: {
      type: "object",
      properties: {
        assignmentId: { type: "string" }, targetId: { type: "string" }, targetCode: { type: "string" }, planCode: { type: "string" }, taskCode: { type: "string" },
        metric: { type: "string" }, comparator: { type: "string" }, value: decimal, valueHigh: decimal, unit: { type: "string" }, deadlineYear: { type: "integer" },
        kind: { type: "string" }, shareValue: decimal,
      },
    },
  },
  paths: {
    "/api/v1/periods": {
      get: { summary: "我的填报周期", tags: ["填报"], security, responses: { "200": json({ type: "object", properties: { periods: { type: "array", items: ref("Period") } } }, "开放的及近期有填报的周期"), ...authErrors } },
    },
    "/api/v1/assignments": {
      get: {
        summary: "本单位在某周期承担的目标", tags: ["填报"], security,
        parameters: [{ name: "periodId", in: "query", required: true, schema: { type: "string" } }],
        responses: { "200": json({ type: "object", properties: { assignments: { type: "array", items: ref("Assignment") } } }, "目标分配"), "400": errorResponse("缺少 periodId"), ...authErrors },
      },
    },
    "/api/v1/periods/{periodId}/report": {
      parameters: [pathParam("periodId", "填报周期编号")],
      get: { summary: "读取我在该周期的填报", tags: ["填报"], security, responses: { "200": json(ref("ReportForm"), "填报表单"), ...authErrors } },
      post: {
        summary: "读取或创建我在该周期的填报（草稿）", tags: ["填报"], security, parameters: [idempotencyKey],
        responses: { "200": json(ref("ReportForm"), "已有的填报"), "201": json(ref("ReportForm"), "新建的草稿"), ...write({ "409": errorResponse("周期已关闭") }) },
      },
    },
    "/api/v1/reports/{id}": {
      parameters: [pathParam("id", "填报编号")],
      get: { summary: "读取填报", tags: ["填报"], security, responses: { "200": json(ref("ReportForm"), "填报表单"), ...authErrors } },
      put: {
        summary: "保存草稿", tags: ["填报"], security, parameters: [idempotencyKey],
        requestBody: { required: true, content: { "application/json": { schema: ref("ReportSave") } } },
        responses: {
          "200": json({ type: "object", properties: { reportId: { type: "string" }, version: { type: "integer" }, status: { const: "DRAFT" } } }, "已保存；返回新版本号"),
          ...write({ "409": errorResponse("版本已过期（error.current 为当前表单）、已提交或周期已关闭"), "422": errorResponse("校验失败（error.fieldErrors）或 Idempotency-Key 被用于不同请求体") }),
        },
      },
    },
    "/api/v1/reports/{id}/submit": {
      parameters: [pathParam("id", "填报编号")],
      post: {
        summary: "提交审核", tags: ["填报"], security, parameters: [idempotencyKey],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", required: ["version"], properties: { version: { type: "integer", minimum: 1 } } } } } },
        responses: {
          "200": json({ type: "object", properties: { reportId: { type: "string" }, status: { const: "SUBMITTED" }, version: { type: "integer" }, submittedAt: { type: "string", format: "date-time" } } }, "已提交（重复提交返回同一结果）"),
          ...write({ "409": errorResponse("版本已过期、状态不允许或周期已关闭"), "422": errorResponse("填报不完整（error.fieldErrors）") }),
        },
      },
    },
  },
};
