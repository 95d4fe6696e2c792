import { describe, expect, it } from "vitest";
import { canManagePlan } from "@/lib/auth/plan-access";

const city = { regionPath: "/330000/330300/" };
const county = { regionPath: "/330000/330300/330302/" };
const otherCity = { regionPath: "/330000/330301/" };

describe("canManagePlan: staff maintain the plans of their own region subtree", () => {
  it("lets city staff maintain the city's plan and its counties' plans", () => {
    expect(canManagePlan({ role: "STAFF", ...city }, city)).toBe(true);
    expect(canManagePlan({ role: "STAFF", ...city }, county)).toBe(true);
  });

  it("does not let county staff maintain the city plan they take part in, nor a sibling city's", () => {
    expect(canManagePlan({ role: "STAFF", ...county }, city)).toBe(false);
    expect(canManagePlan({ role: "STAFF", ...city }, otherCity)).toBe(false);
  });

  it("lets no other role maintain a plan, whatever its region", () => {
    for (const role of ["ADMIN", "LEADER", "AUDITOR", "HOSPITAL_REPORTER", "UNIT_REPORTER"] as const) expect(canManagePlan({ role, ...city }, city)).toBe(false);
  });
});
