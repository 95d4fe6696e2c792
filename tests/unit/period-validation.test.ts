import { describe, expect, it } from "vitest";
import { m } from "@/lib/i18n";
import { ZPeriodCreate, ZPeriodExtend } from "@/lib/validation/reports";

const p = m.reports.periods;
const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("/admin/periods input", () => {
  it("reads the create form, empty dates meaning the defaults", () => {
    expect(ZPeriodCreate.parse({ year: "2027", quarter: "2", opensOn: "", deadline: "2027-07-15" })).toEqual({ year: 2027, quarter: 2, opensOn: undefined, deadline: "2027-07-15" });
  });

  it("answers a wrong year, quarter or date in Chinese, field by field", () => {
    expect(messages(ZPeriodCreate.safeParse({ year: "1999", quarter: "5", opensOn: "2027-7-1", deadline: "明天" }))).toEqual({
      year: p.badYear, quarter: p.badQuarter, opensOn: m.reports.validation.badDate, deadline: m.reports.validation.badDate,
    });
    expect(messages(ZPeriodCreate.safeParse({ year: "", quarter: "" }))).toEqual({ year: p.badYear, quarter: p.badQuarter });
    expect(messages(ZPeriodExtend.safeParse({ periodId: "p1", deadline: "" }))).toEqual({ deadline: p.newDeadlineRequired });
  });
});
