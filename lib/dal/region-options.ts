import "server-only";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { treeOrder } from "../domain/region-tree";
import type { RegionLevel } from "../generated/prisma/enums";
import { activeRegionSubtree } from "./scope";

export interface RegionOption {
  id: string;
  name: string;
  level: RegionLevel;
  path: string;
}

/**
 * The one option query behind every region select (hospital, unit, plan and user forms): the
 * active regions of the actor's subtree, in tree order. The caller checks the permission.
 */
export async function activeRegionOptions(actor: Pick<SessionUser, "regionPath">): Promise<RegionOption[]> {
  const rows = await db.region.findMany({ where: activeRegionSubtree(actor), select: { id: true, name: true, level: true, path: true, code: true, sortOrder: true } });
  return treeOrder(rows).map(({ id, name, level, path }) => ({ id, name, level, path }));
}
