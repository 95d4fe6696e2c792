/**
 * Building blocks of the /api/v1 OpenAPI 3.1 document. A module that adds endpoints writes
 * one `OpenApiFragment` (its paths and schemas) and lists it in lib/api/openapi.ts.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface OpenApiFragment {
  paths: Record<string, JsonObject>;
  schemas?: Record<string, JsonObject>;
}

export const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: JsonObject, description: string): JsonObject => ({ description, content: { "application/json": { schema } } });
export const errorResponse = (description: string): JsonObject => json(ref("Error"), description);

export const pathParam = (name: string, description: string): JsonObject => ({ name, in: "path", required: true, description, schema: { type: "string" } });

export const idempotencyKey: JsonObject = {
  name: "Idempotency-Key",
  in: "header",
  required: true,
  description: "每个写请求一个唯一键（1–200 个可见 ASCII 字符）。同键同请求体重放第一次的应答；同键不同请求体返回 422。键保留 24 小时。",
  schema: { type: "string", minLength: 1, maxLength: 200 },
};

/** The answers every reporter endpoint (bearer only) may give. */
export const authErrors: JsonObject = {
  "401": errorResponse("缺少、无效、已吊销或已过期的令牌，或账号已停用"),
  "403": errorResponse("令牌所属账号不是填报员（业务人员和领导的令牌只能读取进展汇总）"),
  "404": errorResponse("资源不存在或不属于本单位"),
};

export const commonSchemas: Record<string, JsonObject> = {
  Error: {
    type: "object",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { type: "string", examples: ["UNAUTHENTICATED", "FORBIDDEN", "PASSWORD_CHANGE_REQUIRED", "NOT_FOUND", "CONFLICT", "INVALID", "IDEMPOTENCY_KEY_REUSED"] },
          message: { type: "string", description: "中文说明" },
          fieldErrors: { type: "object", additionalProperties: { type: "string" }, description: "键为 `<assignmentId>.<字段>` 或叙述字段名" },
          current: { description: "版本冲突（409）时：当前保存的填报表单", $ref: "#/components/schemas/ReportForm" },
        },
      },
    },
  },
};
