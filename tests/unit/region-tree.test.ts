import { describe, expect, it } from "vitest";
import { childRegionPath, childRegionProblem, codeFitsLevel } from "@/lib/domain/region-code";
import { regionDepth, treeOrder } from "@/lib/domain/region-tree";

const wenzhou = { code: "330300", level: "CITY" as const };
const tianjin = { code: "120000", level: "PROVINCE" as const };
const guizhou = { code: "520000", level: "PROVINCE" as const };

describe("a new region's GB/T 2260 code, level and parent", () => {
  it("accepts a county under its prefecture and a municipality's district or a prefecture under the province", () => {
    expect(childRegionProblem(wenzhou, { code: "330305", level: "COUNTY" })).toBeNull();
    expect(childRegionProblem(tianjin, { code: "120119", level: "COUNTY" })).toBeNull();
    expect(childRegionProblem(guizhou, { code: "520700", level: "CITY" })).toBeNull();
  });

  it("refuses a level not below the parent, a code outside the parent's prefix, a code of another level, anything under a county", () => {
    expect(childRegionProblem(wenzhou, { code: "330390", level: "CITY" })).toEqual({ field: "level", problem: "levelNotBelow" });
    expect(childRegionProblem(wenzhou, { code: "330401", level: "COUNTY" })).toEqual({ field: "code", problem: "codeNotUnderParent", prefix: "3303" });
    expect(childRegionProblem(wenzhou, { code: "330300", level: "COUNTY" })).toMatchObject({ problem: "codeNotUnderParent" });
    expect(childRegionProblem(guizhou, { code: "520701", level: "CITY" })).toEqual({ field: "code", problem: "codeLevelMismatch" });
    expect(childRegionProblem(guizhou, { code: "520700", level: "COUNTY" })).toEqual({ field: "code", problem: "codeLevelMismatch" });
    expect(childRegionProblem({ code: "330305", level: "COUNTY" }, { code: "330306", level: "COUNTY" })).toEqual({ field: "parentId", problem: "noChildLevel" });
  });

  it("reads the level a code stands for", () => {
    expect([codeFitsLevel("330000", "PROVINCE"), codeFitsLevel("330300", "CITY"), codeFitsLevel("330305", "COUNTY")]).toEqual([true, true, true]);
    expect([codeFitsLevel("330300", "PROVINCE"), codeFitsLevel("330000", "CITY"), codeFitsLevel("330300", "COUNTY")]).toEqual([false, false, false]);
  });

  it("computes the materialized path from the parent's", () => {
    expect(childRegionPath("/330000/330300/", "330390")).toBe("/330000/330300/330390/");
  });
});

describe("the region tree's order", () => {
  const r = (code: string, path: string, sortOrder = 0) => ({ id: code, code, path, sortOrder });

  it("is depth first, siblings by sortOrder then code, whatever the input order", () => {
    const regions = [r("330305", "/330000/330300/330305/", 2), r("330300", "/330000/330300/"), r("330302", "/330000/330300/330302/", 2), r("330383", "/330000/330300/330383/", 1)];
    expect(treeOrder(regions).map((x) => x.code)).toEqual(["330300", "330383", "330302", "330305"]);
  });

  it("starts from the regions whose parent is not in the list (the user's own region)", () => {
    const regions = [r("520100", "/520000/520100/"), r("520000", "/520000/"), r("520102", "/520000/520100/520102/")];
    expect(treeOrder(regions).map((x) => x.code)).toEqual(["520000", "520100", "520102"]);
    expect(treeOrder(regions.slice(0, 1).concat(regions[2])).map((x) => x.code)).toEqual(["520100", "520102"]);
  });

  it("measures depth below the user's region", () => {
    expect(regionDepth("/330000/330300/", "/330000/330300/")).toBe(0);
    expect(regionDepth("/330000/330300/330305/", "/330000/330300/")).toBe(1);
  });
});
