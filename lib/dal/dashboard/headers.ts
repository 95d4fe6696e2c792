import "server-only";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import type { Comparator, TargetKind } from "../../generated/prisma/enums";
import { regionScopeSql } from "./judged-targets";

/**
 * What a drill-down page shows above its figures, read in one small query under the same scope
 * as the figures. The page answers a real 404 from it before anything streams, then lets the
 * figures follow behind a skeleton (judging every target takes longer than naming one).
 */

export interface PlanHeader {
  code: string;
  title: string;
  shortTitle: string;
  startYear: number;
  endYear: number;
}

export async function getDashboardPlanHeader(actor: SessionUser, code: string): Promise<PlanHeader | null> {
  assertCan(actor, "dashboard:read");
  const [plan] = await db.$queryRaw<PlanHeader[]>`
    SELECT pl.code, pl.title, pl."shortTitle", pl."startYear", pl."endYear" FROM "Plan" pl JOIN "Region" rg ON rg.id = pl."regionId"
    WHERE pl.code = ${code} AND pl."archivedAt" IS NULL AND ${regionScopeSql(actor.regionPath)}`;
  return plan ?? null;
}

export interface TargetHeader {
  id: string;
  code: string;
  metric: string;
  comparator: Comparator;
  kind: TargetKind;
  value: number | null;
  valueHigh: number | null;
  unit: string;
  /** The deadline date, or 31 December of the deadline year (docs/decisions/001-judging-progress.md). */
  deadline: string;
  plan: { code: string; shortTitle: string };
}

export async function getDashboardTargetHeader(actor: SessionUser, id: string): Promise<TargetHeader | null> {
  assertCan(actor, "dashboard:read");
  const [t] = await db.$queryRaw<(Omit<TargetHeader, "value" | "valueHigh" | "plan"> & { value: string | null; valueHigh: string | null; planCode: string; planShortTitle: string })[]>`
    SELECT t.id, t.code, t.metric, t.comparator, t.kind, t.value::text AS value, t."valueHigh"::text AS "valueHigh", t.unit,
           coalesce(to_char(t."deadlineDate", 'YYYY-MM-DD'), t."deadlineYear" || '-12-31') AS deadline,
           pl.code AS "planCode", pl."shortTitle" AS "planShortTitle"
    FROM "Target" t JOIN "Plan" pl ON pl.id = t."planId" JOIN "Region" rg ON rg.id = pl."regionId"
    WHERE t.id = ${id} AND t."archivedAt" IS NULL AND pl."archivedAt" IS NULL AND ${regionScopeSql(actor.regionPath)}`;
  if (!t) return null;
  const { planCode, planShortTitle, value, valueHigh, ...rest } = t;
  const num = (v: string | null) => (v === null ? null : Number(v));
  return { ...rest, value: num(value), valueHigh: num(valueHigh), plan: { code: planCode, shortTitle: planShortTitle } };
}

export interface HospitalHeader {
  id: string;
  name: string;
  regionName: string;
}

/** A hospital of the user's own subtree (as lib/dal/dashboard/organisations.ts scopes it). */
export async function getDashboardHospitalHeader(actor: SessionUser, id: string): Promise<HospitalHeader | null> {
  assertCan(actor, "dashboard:read");
  const [hospital] = await db.$queryRaw<HospitalHeader[]>`
    SELECT h.id, h.name, rg.name AS "regionName" FROM "Hospital" h JOIN "Region" rg ON rg.id = h."regionId"
    WHERE h.id = ${id} AND rg.path LIKE ${`${actor.regionPath}%`}`;
  return hospital ?? null;
}
