import { describe, expect, it } from "vitest";
import { parseDashboardExportQuery } from "@/lib/validation/dashboard-export";

const parse = (query: string) => parseDashboardExportQuery(new URLSearchParams(query));

describe("the dashboard export's query", () => {
  it("reads a link without a view as the plan view, as the first export's links were", () => {
    expect(parse("plan=WZ-2023-80&status=OVERDUE")).toMatchObject({ success: true, data: { view: "plan", plan: "WZ-2023-80" } });
  });

  it("takes each view with the record it needs", () => {
    expect(parse("view=units").data).toEqual({ view: "units" });
    expect(parse("view=crossPlan").data).toEqual({ view: "crossPlan" });
    expect(parse("view=hospital&id=cm123abc").data).toEqual({ view: "hospital", id: "cm123abc" });
    expect(parse("view=target&id=cm123abc").data).toEqual({ view: "target", id: "cm123abc" });
  });

  it("refuses an unknown view, a missing plan or id, and a malformed one, in Chinese", () => {
    expect(parse("view=users").error?.issues[0].message).toBe("不支持的导出内容");
    expect(parse("view=plan").error?.issues[0].message).toBe("规划代码格式不正确");
    expect(parse("view=hospital").error?.issues[0].message).toBe("缺少或无效的记录编号");
    expect(parse("view=target&id=../../etc").error?.issues[0].message).toBe("缺少或无效的记录编号");
  });
});
