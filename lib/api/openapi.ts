import { commonSchemas, type JsonObject, type OpenApiFragment } from "./openapi/common";
import { reportPaths } from "./openapi/reports";
import { summaryPaths } from "./openapi/summaries";

/**
 * The OpenAPI 3.1 document served at /api/v1/openapi.json. Each area describes its own
 * endpoints in lib/api/openapi/<area>.ts; add a new area's fragment to this list.
 */
export const API_FRAGMENTS: OpenApiFragment[] = [reportPaths, summaryPaths];

export function buildOpenApiDocument(fragments: readonly OpenApiFragment[] = API_FRAGMENTS): JsonObject {
  const paths: Record<string, JsonObject> = {};
  const schemas: Record<string, JsonObject> = { ...commonSchemas };
  for (const f of fragments) {
    for (const [path, item] of Object.entries(f.paths)) {
      if (paths[path]) throw new Error(`OpenAPI path described twice: ${path}`);
      paths[path] = item;
    }
    Object.assign(schemas, f.schemas ?? {});
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "临床专科建设目标管理平台 API",
      version: "1",
      description:
        "供医院信息系统直接填报季度进展（“填报”），供其他系统读取目标进展汇总（“进展汇总”）。认证：管理员签发的 API 令牌，放在 `Authorization: Bearer …` 中。填报员的令牌只能使用填报接口；业务人员和领导的令牌只能读取进展汇总，范围与驾驶舱相同（领导只看到本地区）。填报接口不读取 Cookie，因此不受跨站请求伪造（CSRF）影响；进展汇总是只读接口，也接受浏览器登录会话（请求带 Authorization 头时只看令牌）。写操作必须带 `Idempotency-Key`，读操作不需要。错误格式：`{ error: { code, message, fieldErrors? } }`。",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "管理员签发的 API 令牌（只在创建时显示一次）" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "浏览器登录会话" },
      },
      schemas,
    },
    paths,
  };
}
