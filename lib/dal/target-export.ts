import "server-only";
import { recordAudit } from "../audit/record";
import { AUDIT_ACTIONS } from "../audit/actions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import type { TargetExportRow } from "../export/targets";
import { assertCanAudited, auditActorOf } from "./access-audit";
import { planRegionScope } from "./scope";
import { queryTargetExportRows, type TargetExportFilter } from "./target-export-query";

/**
 * The targets the acting user may export: those of the plans their region takes part in,
 * the same plans the overview lists (lib/dal/plans.ts). Null when `filter.planCode` names a
 * plan they cannot see, so another region's plan answers 404 exactly like an unknown one.
 * Every export is audited (等保 安全审计), a refused one as DENIED.
 */
export async function listTargetExportRows(actor: SessionUser, filter: TargetExportFilter): Promise<TargetExportRow[] | null> {
  await assertCanAudited(actor, "target:export", { action: AUDIT_ACTIONS.targetExport, entityType: "Target" });
  const rows = await queryTargetExportRows(db, planRegionScope(actor), filter);
  if (rows) {
    const auditActor = await auditActorOf(actor);
    await db.$transaction((tx) =>
      recordAudit(tx, auditActor, { action: AUDIT_ACTIONS.targetExport, outcome: "SUCCESS", entityType: "Target", detail: { planCode: filter.planCode ?? null, rows: rows.length } }),
    );
  }
  return rows;
}
