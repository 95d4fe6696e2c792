import "server-only";
import { AUDIT_ACTIONS } from "../audit/actions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { assertCanAudited } from "./access-audit";
import { activeRegionOptions, type RegionOption } from "./region-options";
import { regionSubtree } from "./scope";

export interface OrganisationOption {
  id: string;
  name: string;
  /** The organisation's region path: the form offers only those inside the chosen region. */
  regionPath: string;
}

export interface PlacementOptions {
  regions: RegionOption[];
  hospitals: OrganisationOption[];
  units: OrganisationOption[];
}

/** The regions, hospitals and units an admin may place an account in: their own subtree. */
export async function placementOptions(actor: SessionUser): Promise<PlacementOptions> {
  await assertCanAudited(actor, "user:manage", { action: AUDIT_ACTIONS.userRead, entityType: "User" });
  const inSubtree = { archivedAt: null, region: regionSubtree(actor) };
  const [regions, hospitals, units] = await Promise.all([
    activeRegionOptions(actor),
    db.hospital.findMany({ where: inSubtree, orderBy: [{ code: "asc" }], select: { id: true, name: true, region: { select: { path: true } } } }),
    db.responsibleUnit.findMany({ where: inSubtree, orderBy: [{ name: "asc" }], select: { id: true, name: true, region: { select: { path: true } } } }),
  ]);
  const flatten = ({ region, ...o }: { id: string; name: string; region: { path: string } }) => ({ ...o, regionPath: region.path });
  return { regions, hospitals: hospitals.map(flatten), units: units.map(flatten) };
}
