import { errorResponse, json, pathParam, type OpenApiFragment } from "./common";

/** The existing target read (app/api/v1/targets/[id]); it answers to a signed-in browser session. */
export const targetPaths: OpenApiFragment = {
  paths: {
    "/api/v1/targets/{id}": {
      parameters: [pathParam("id", "目标编号")],
      get: {
        summary: "读取一个目标及其出处", tags: ["规划"], security: [{ session: [] }],
        responses: {
          "200": json({ type: "object", description: "目标、所属规划与任务、原文出处（sourceFile、sourceQuote、citations）" }, "目标"),
          "401": errorResponse("未登录"), "403": errorResponse("角色无权查看规划"), "404": errorResponse("不存在或不在本地区"),
        },
      },
    },
  },
};
