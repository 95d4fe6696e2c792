import { describe, expect, it } from "vitest";
import { childRegionPath, childRegionProblem, codeFitsLevel, NATIONAL_CODE } from "@/lib/domain/region-code";
import { ancestorPaths, regionDepth, treeOrder } from "@/lib/domain/region-tree";
import { regions } from "@/seed/data";

const wenzhou = { code: "330300", level: "CITY" as const };
const tianjin = { code: "120000", level: "PROVINCE" as const };
const guizhou = { code: "520000", level: "PROVINCE" as const };
const country = { code: NATIONAL_CODE, level: "NATIONAL" as const };

describe("a new region's GB/T 2260 code, level and parent", () => {
  it("accepts a county under its prefecture and a municipality's district or a prefecture under the province", () => {
    expect(childRegionProblem(wenzhou, { code: "330305", level: "COUNTY" })).toBeNull();
    expect(childRegionProblem(tianjin, { code: "120119", level: "COUNTY" })).toBeNull();
    expect(childRegionProblem(guizhou, { code: "520700", level: "CITY" })).toBeNull();
  });

  it("takes only provinces under the country, with any province code", () => {
    expect(childRegionProblem(country, { code: "440000", level: "PROVINCE" })).toBeNull();
    expect(childRegionProblem(country, { code: "440100", level: "CITY" })).toEqual({ field: "level", problem: "levelNotBelow" });
    expect(childRegionProblem(country, { code: "440100", level: "PROVINCE" })).toEqual({ field: "code", problem: "codeLevelMismatch" });
    expect(childRegionProblem(country, { code: NATIONAL_CODE, level: "PROVINCE" })).toEqual({ field: "code", problem: "codeNotUnderParent", prefix: "" });
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
    expect(childRegionPath("/100000/330000/330300/", "330390")).toBe("/100000/330000/330300/330390/");
    expect(childRegionPath("/100000/", "440000")).toBe("/100000/440000/");
  });

  it("seeds the country as the one root, the provinces right under it", () => {
    expect(regions.filter((r) => r.parentCode === null)).toEqual([{ code: NATIONAL_CODE, name: "全国", level: "NATIONAL", parentCode: null }]);
    expect(regions.filter((r) => r.level === "PROVINCE").map((r) => [r.code, r.parentCode])).toEqual([["330000", NATIONAL_CODE], ["120000", NATIONAL_CODE], ["520000", NATIONAL_CODE]]);
  });
});

describe("the region tree's order", () => {
  const r = (code: string, path: string, sortOrder = 0) => ({ id: code, code, path, sortOrder });

  it("is depth first, siblings by sortOrder then code, whatever the input order", () => {
    const list = [r("330305", "/100000/330000/330300/330305/", 2), r("330300", "/100000/330000/330300/"), r("330302", "/100000/330000/330300/330302/", 2), r("330383", "/100000/330000/330300/330383/", 1)];
    expect(treeOrder(list).map((x) => x.code)).toEqual(["330300", "330383", "330302", "330305"]);
  });

  it("starts from the regions whose parent is not in the list (the user's own region)", () => {
    const list = [r("520100", "/100000/520000/520100/"), r("520000", "/100000/520000/", 2), r("520102", "/100000/520000/520100/520102/")];
    expect(treeOrder(list).map((x) => x.code)).toEqual(["520000", "520100", "520102"]);
    expect(treeOrder(list.slice(0, 1).concat(list[2])).map((x) => x.code)).toEqual(["520100", "520102"]);
    // Someone scoped to the country: the root, then the provinces by their order.
    const country = [...list, r("120000", "/100000/120000/", 1), r("100000", "/100000/")];
    expect(treeOrder(country).map((x) => x.code)).toEqual(["100000", "120000", "520000", "520100", "520102"]);
  });

  it("measures depth below the user's region", () => {
    expect(regionDepth("/100000/330000/330300/", "/100000/330000/330300/")).toBe(0);
    expect(regionDepth("/100000/330000/330300/330305/", "/100000/330000/330300/")).toBe(1);
    expect(regionDepth("/100000/330000/330300/330305/", "/100000/")).toBe(3);
  });

  it("lists the paths above a region, root first, for the plans a user sees", () => {
    expect(ancestorPaths("/100000/330000/330300/")).toEqual(["/100000/", "/100000/330000/", "/100000/330000/330300/"]);
    expect(ancestorPaths("/100000/")).toEqual(["/100000/"]);
  });
});
