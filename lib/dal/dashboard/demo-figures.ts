import "server-only";
import { cache } from "react";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { regionScopeSql } from "./judged-targets";

/**
 * The visible targets whose approved figures include a demo report (ProgressReport.isDemo, loaded
 * by `db:seed -- --demo`), so every figure built from them can carry the 演示 mark ("Demo values
 * are marked as demo wherever they appear"). One set-based query; empty on a database without
 * demo reports. Cached per request: the overview's parts ask for it separately.
 */
export const getDemoFigureTargets = cache(async (actor: SessionUser): Promise<ReadonlySet<string>> => {
  assertCan(actor, "dashboard:read");
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT rv."targetId" AS id FROM "ProgressReport" r JOIN "ReportValue" rv ON rv."reportId" = r.id
    JOIN "Target" t ON t.id = rv."targetId" JOIN "Plan" pl ON pl.id = t."planId" JOIN "Region" rg ON rg.id = pl."regionId"
    WHERE r."isDemo" AND r.status = 'APPROVED' AND ${regionScopeSql(actor.regionPath)}`;
  return new Set(rows.map((r) => r.id));
});
