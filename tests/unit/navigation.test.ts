import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { canOpen, navigationFor } from "@/lib/navigation";

const hrefs = (role: Role) => navigationFor(role).map((i) => i.href);

describe("navigation per role", () => {
  it.each<[Role, string[]]>([
    ["ADMIN", ["/", "/plans", "/admin/users", "/admin/periods"]],
    ["STAFF", ["/", "/dashboard", "/plans", "/review", "/manage", "/completeness", "/admin/periods"]],
    ["HOSPITAL_REPORTER", ["/", "/plans", "/reports"]],
    ["UNIT_REPORTER", ["/", "/plans", "/reports"]],
    ["LEADER", ["/", "/dashboard", "/plans", "/completeness"]],
    ["AUDITOR", ["/", "/audit"]],
  ])("%s sees only its own pages", (role, expected) => {
    expect(hrefs(role)).toEqual(expected);
  });

  it("separates duties: the admin cannot open the audit log, the auditor cannot manage users", () => {
    expect(canOpen("ADMIN", "/audit")).toBe(false);
    expect(can({ role: "ADMIN" }, "audit:read")).toBe(false);
    expect(canOpen("AUDITOR", "/admin/users")).toBe(false);
    expect(can({ role: "AUDITOR" }, "user:manage")).toBe(false);
  });

  it("leaves writing to the roles that write: leaders and auditors change nothing", () => {
    for (const role of ["LEADER", "AUDITOR"] as const) {
      for (const action of ["plan:write", "report:fill", "report:review", "period:manage", "user:manage"] as const) {
        expect(can({ role }, action)).toBe(false);
      }
    }
  });
});
