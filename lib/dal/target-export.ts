import "server-only";
import type { SessionUser } from "../auth/session-user";
import { assertCan } from "../auth/permissions";
import { db } from "../db";
import type { TargetExportRow } from "../export/targets";
import { planRegionScope } from "./scope";
import { queryTargetExportRows, type TargetExportFilter } from "./target-export-query";

/**
 * The targets the acting user may export: those of the plans their region takes part in,
 * the same plans the overview lists (lib/dal/plans.ts). Null when `filter.planCode` names a
 * plan they cannot see, so another region's plan answers 404 exactly like an unknown one.
 */
export async function listTargetExportRows(actor: SessionUser, filter: TargetExportFilter): Promise<TargetExportRow[] | null> {
  assertCan(actor, "target:export");
  return queryTargetExportRows(db, planRegionScope(actor), filter);
}
