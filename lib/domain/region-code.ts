import type { RegionLevel } from "../generated/prisma/enums";

/**
 * GB/T 2260 codes: six digits, two for the province, two for the prefecture, two for the
 * county. A province's code ends in 0000, a prefecture's in 00; a municipality's districts
 * (天津市 120101 …) sit directly under the province-level code.
 */
export const REGION_LEVEL_RANK: Record<RegionLevel, number> = { NATIONAL: 0, PROVINCE: 1, CITY: 2, COUNTY: 3 };

/** The country, root of the tree above the provinces; GB/T 2260 itself has no code for it. */
export const NATIONAL_CODE = "100000";

/** The levels a child of each level may have (a municipality's districts sit right under it). */
export const CHILD_LEVELS: Record<RegionLevel, RegionLevel[]> = { NATIONAL: ["PROVINCE"], PROVINCE: ["CITY", "COUNTY"], CITY: ["COUNTY"], COUNTY: [] };

/** The digits every code below this region starts with. */
export function regionCodePrefix(parent: { code: string; level: RegionLevel }): string {
  if (parent.level === "NATIONAL") return "";
  return parent.level === "PROVINCE" ? parent.code.slice(0, 2) : parent.code.slice(0, 4);
}

export function codeFitsLevel(code: string, level: RegionLevel): boolean {
  if (level === "NATIONAL") return code === NATIONAL_CODE;
  if (code === NATIONAL_CODE) return false;
  if (level === "PROVINCE") return code.endsWith("0000");
  if (level === "CITY") return code.endsWith("00") && !code.endsWith("0000");
  return !code.endsWith("00");
}

export type ChildRegionProblem =
  | { field: "parentId"; problem: "noChildLevel" }
  | { field: "level"; problem: "levelNotBelow" }
  | { field: "code"; problem: "codeNotUnderParent"; prefix: string }
  | { field: "code"; problem: "codeLevelMismatch" };

/** Why a new region with this code and level cannot sit under this parent, or null when it can. */
export function childRegionProblem(parent: { code: string; level: RegionLevel }, child: { code: string; level: RegionLevel }): ChildRegionProblem | null {
  if (CHILD_LEVELS[parent.level].length === 0) return { field: "parentId", problem: "noChildLevel" };
  if (!CHILD_LEVELS[parent.level].includes(child.level)) return { field: "level", problem: "levelNotBelow" };
  const prefix = regionCodePrefix(parent);
  if (!child.code.startsWith(prefix) || child.code === parent.code) return { field: "code", problem: "codeNotUnderParent", prefix };
  if (!codeFitsLevel(child.code, child.level)) return { field: "code", problem: "codeLevelMismatch" };
  return null;
}

/** The materialized path of a new child: the parent's path and the child's code. */
export const childRegionPath = (parentPath: string, code: string) => `${parentPath}${code}/`;
