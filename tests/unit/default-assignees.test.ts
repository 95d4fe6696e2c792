import { describe, expect, it } from "vitest";
import { defaultAssignees } from "@/lib/domain/default-assignees";

describe("who reports on a new target by default", () => {
  it("the hospitals it names, once each, before anything else", () => {
    expect(defaultAssignees({ hospitalIds: ["h1", "h2", "h1"], scopeHospitalId: "h9", leadUnitIds: ["u1"] })).toEqual([
      { hospitalId: "h1", unitId: null },
      { hospitalId: "h2", unitId: null },
    ]);
  });

  it("else the hospital it is scoped to", () => {
    expect(defaultAssignees({ hospitalIds: [], scopeHospitalId: "h9", leadUnitIds: ["u1"] })).toEqual([{ hospitalId: "h9", unitId: null }]);
  });

  it("else its lead units, and nobody when it has none", () => {
    expect(defaultAssignees({ hospitalIds: [], scopeHospitalId: null, leadUnitIds: ["u1", "u2"] })).toEqual([
      { hospitalId: null, unitId: "u1" },
      { hospitalId: null, unitId: "u2" },
    ]);
    expect(defaultAssignees({ hospitalIds: [], scopeHospitalId: null, leadUnitIds: [] })).toEqual([]);
  });
});
