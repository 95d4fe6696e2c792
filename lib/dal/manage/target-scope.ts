import "server-only";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { m } from "../../i18n";
import { regionSubtree } from "../scope";
import { ManageFieldError, type Tx } from "./write";

interface TargetScope {
  scopeRegionId: string | null;
  scopeHospitalId: string | null;
}

const keep = (id: string | null | undefined) => (id ? [{ id }] : []);

/**
 * What a target's scope may name (Target.scopeRegionId / scopeHospitalId): a live region or
 * hospital of the staff member's subtree, or the one the target names already.
 */
export async function targetScopeOptions(actor: SessionUser, current?: TargetScope) {
  assertCan(actor, "plan:write");
  const [regions, hospitals] = await Promise.all([
    db.region.findMany({ where: { ...regionSubtree(actor), OR: [{ archivedAt: null }, ...keep(current?.scopeRegionId)] }, orderBy: { path: "asc" }, select: { id: true, name: true, level: true } }),
    db.hospital.findMany({ where: { region: regionSubtree(actor), OR: [{ archivedAt: null }, ...keep(current?.scopeHospitalId)] }, orderBy: { code: "asc" }, select: { id: true, name: true } }),
  ]);
  return { regions, hospitals };
}

/** The same rule for a write: a changed scope must name a live region or hospital of the subtree. */
export async function assertTargetScope(tx: Tx, actor: SessionUser, next: TargetScope, was?: TargetScope) {
  const region = next.scopeRegionId && next.scopeRegionId !== was?.scopeRegionId;
  const hospital = next.scopeHospitalId && next.scopeHospitalId !== was?.scopeHospitalId;
  if (region && !(await tx.region.count({ where: { id: next.scopeRegionId!, archivedAt: null, ...regionSubtree(actor) } })))
    throw new ManageFieldError("scopeRegionId", m.manage.targetScope.invalid);
  if (hospital && !(await tx.hospital.count({ where: { id: next.scopeHospitalId!, archivedAt: null, region: regionSubtree(actor) } })))
    throw new ManageFieldError("scopeHospitalId", m.manage.targetScope.invalid);
}
