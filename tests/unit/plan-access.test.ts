import { describe, expect, it } from "vitest";
import { canManagePlan } from "@/lib/auth/plan-access";

const country = { regionPath: "/100000/" };
const city = { regionPath: "/100000/330000/330300/" };
const county = { regionPath: "/100000/330000/330300/330302/" };
const otherCity = { regionPath: "/100000/330000/330301/" };
const otherProvince = { regionPath: "/100000/520000/" };

describe("canManagePlan: staff maintain the plans of their own region subtree", () => {
  it("lets city staff maintain the city's plan and its counties' plans", () => {
    expect(canManagePlan({ role: "STAFF", ...city }, city)).toBe(true);
    expect(canManagePlan({ role: "STAFF", ...city }, county)).toBe(true);
  });

  it("does not let county staff maintain the city plan they take part in, nor a sibling city's", () => {
    expect(canManagePlan({ role: "STAFF", ...county }, city)).toBe(false);
    expect(canManagePlan({ role: "STAFF", ...city }, otherCity)).toBe(false);
  });

  it("lets staff scoped to the country maintain every province's plans, and no province's staff another's", () => {
    expect(canManagePlan({ role: "STAFF", ...country }, city)).toBe(true);
    expect(canManagePlan({ role: "STAFF", ...country }, otherProvince)).toBe(true);
    expect(canManagePlan({ role: "STAFF", ...otherProvince }, city)).toBe(false);
    expect(canManagePlan({ role: "STAFF", ...city }, country)).toBe(false);
  });

  it("lets no other role maintain a plan, whatever its region", () => {
    for (const role of ["ADMIN", "LEADER", "AUDITOR", "HOSPITAL_REPORTER", "UNIT_REPORTER"] as const) expect(canManagePlan({ role, ...city }, city)).toBe(false);
  });
});
