import { describe, expect, it } from "vitest";
import { arrangeCrossPlan, CROSS_PLAN_FAMILIES, type CrossPlanFamily } from "@/lib/domain/cross-plan";
import { loadPlanBundles } from "@/seed/data";

const targets = new Map(
  loadPlanBundles().flatMap((b) => b.parts.flatMap((p) => p.targets.map((t) => [`${b.plan.code}|${t.code}`, t] as const))),
);

describe("the cross-plan families against the seed", () => {
  for (const family of CROSS_PLAN_FAMILIES) {
    for (const entry of family.entries) {
      it(`${family.key}: ${entry.planCode} ${entry.targetCodes.join(", ")} say "${entry.evidence}" in their source sentence`, () => {
        expect(entry.targetCodes.length).toBeGreaterThan(0);
        for (const code of entry.targetCodes) {
          const target = targets.get(`${entry.planCode}|${code}`);
          expect(target, `${entry.planCode} ${code}`).toBeDefined();
          expect(target!.source.quote.replace(/\s+/g, " ")).toContain(entry.evidence);
        }
        expect(entry.basis.length).toBeGreaterThan(10);
      });
    }

    it(`${family.key} is shared by at least two plans, each named once`, () => {
      const plans = family.entries.map((e) => e.planCode);
      expect(new Set(plans).size).toBe(plans.length);
      expect(plans.length).toBeGreaterThanOrEqual(2);
    });
  }

  it("puts no target in two families", () => {
    const all = CROSS_PLAN_FAMILIES.flatMap((f) => f.entries.flatMap((e) => e.targetCodes.map((c) => `${e.planCode}|${c}`)));
    expect(new Set(all).size).toBe(all.length);
  });

  it("counts Tianjin's district quota once per district of the seed", () => {
    const districts = [...targets.keys()].filter((k) => k.startsWith("TJ-14-5|ZL1-03-T"));
    const entry = CROSS_PLAN_FAMILIES.find((f) => f.key === "county")!.entries.find((e) => e.planCode === "TJ-14-5")!;
    expect(entry.targetCodes.map((c) => `TJ-14-5|${c}`).sort()).toEqual(districts.sort());
  });
});

describe("arrangeCrossPlan", () => {
  const families: CrossPlanFamily[] = [
    { key: "national", entries: [{ planCode: "A", targetCodes: ["a1"], evidence: "", basis: "" }, { planCode: "B", targetCodes: ["b1", "b2"], evidence: "", basis: "" }] },
    { key: "provincial", entries: [{ planCode: "B", targetCodes: ["b3"], evidence: "", basis: "" }, { planCode: "C", targetCodes: ["c1"], evidence: "", basis: "" }] },
    { key: "county", entries: [{ planCode: "C", targetCodes: ["c2"], evidence: "", basis: "" }] },
  ];
  const t = (plan: string, code: string) => ({ code, plan: { code: plan } });

  it("gives a column to each plan the user sees and a row to each family with a visible plan", () => {
    // b2 was archived (not visible); plan C is outside the user's region.
    const layout = arrangeCrossPlan([t("A", "a1"), t("A", "other"), t("B", "b2x"), t("B", "b1"), t("B", "b3")], families);
    expect(layout.planCodes).toEqual(["A", "B"]);
    expect(layout.rows.map((r) => r.key)).toEqual(["national", "provincial"]);
    const [national, provincial] = layout.rows;
    expect(national.cells.map((c) => c?.targets.map((x) => x.code))).toEqual([["a1"], ["b1"]]);
    expect(provincial.cells[0]).toBeNull();
    expect(provincial.cells[1]!.targets.map((x) => x.code)).toEqual(["b3"]);
  });

  it("keeps a cell whose targets are all gone, so the page can say so", () => {
    const layout = arrangeCrossPlan([t("B", "b3")], families);
    expect(layout.planCodes).toEqual(["B"]);
    expect(layout.rows[0].cells).toEqual([{ entry: families[0].entries[1], targets: [] }]);
  });

  it("is empty for a user who sees none of the plans", () => {
    expect(arrangeCrossPlan([t("Z", "z1")], families)).toEqual({ planCodes: [], rows: [] });
  });
});
