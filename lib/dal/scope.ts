import type { SessionUser } from "../auth/session-user";
import { ancestorPaths } from "../domain/region-tree";

/**
 * Region scoping shared by every DAL query. A user sees records of their region's subtree
 * and the plans of the regions above them (a county's hospitals report on the city plan).
 */
export function planRegionScope(actor: Pick<SessionUser, "regionPath">) {
  return {
    OR: [{ path: { startsWith: actor.regionPath } }, { path: { in: ancestorPaths(actor.regionPath) } }],
  };
}

export function regionSubtree(actor: Pick<SessionUser, "regionPath">) {
  return { path: { startsWith: actor.regionPath } };
}

/**
 * The regions a record may be placed in: the subtree's regions that are not archived. Every
 * form's region options and every write's region check use it, so an archived region drops
 * out of all of them at once (issue #7) while its records stay reachable through regionSubtree.
 */
export function activeRegionSubtree(actor: Pick<SessionUser, "regionPath">) {
  return { ...regionSubtree(actor), archivedAt: null };
}
