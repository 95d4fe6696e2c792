import "server-only";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { loadJudgedTargets, regionScopeSql, type JudgedTarget } from "./judged-targets";

export interface Contributor {
  assignmentId: string;
  kind: "HOSPITAL" | "UNIT";
  /** Hospital or unit id, for the by-hospital link. */
  orgId: string;
  name: string;
  isLead: boolean;
  shareValue: number | null;
  latest: { value: number | null; milestoneDone: boolean | null; year: number; quarter: number } | null;
  /** A submitted figure not yet approved: shown marked, never counted. */
  pending: { value: number | null; milestoneDone: boolean | null; year: number; quarter: number } | null;
}

export interface ApprovedValue {
  id: string;
  year: number;
  quarter: number;
  reporter: string;
  value: number | null;
  milestoneDone: boolean | null;
  note: string | null;
  submittedBy: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  isDemo: boolean;
}

export interface TargetDashboard {
  target: JudgedTarget;
  sourceFile: string;
  sourceQuote: string;
  contributors: Contributor[];
  /** The approved report values behind every figure, newest quarter first. */
  reports: ApprovedValue[];
}

const REPORT_LIMIT = 500;
const num = (v: string | null) => (v === null ? null : Number(v));

interface ContributorRow {
  assignmentId: string; hospitalId: string | null; unitId: string | null; name: string; isLead: boolean; shareValue: string | null;
  aValue: string | null; aDone: boolean | null; aYear: number | null; aQuarter: number | null;
  pValue: string | null; pDone: boolean | null; pYear: number | null; pQuarter: number | null;
}

/** One target's judgement and quarterly series (the target dashboard, /api/v1); null outside the user's region. */
export async function getTargetProgress(actor: SessionUser, id: string, asOf = new Date()): Promise<JudgedTarget | null> {
  assertCan(actor, "dashboard:read");
  const [target] = await loadJudgedTargets(actor.regionPath, { targetId: id }, asOf);
  return target ?? null;
}

/** One target's judgement, series, contributors and reports; null outside the user's region. */
export async function getTargetDashboard(actor: SessionUser, id: string, asOf = new Date()): Promise<TargetDashboard | null> {
  const target = await getTargetProgress(actor, id, asOf);
  if (!target) return null;
  const scope = regionScopeSql(actor.regionPath);
  const [[source], contributors, reports] = await Promise.all([
    db.$queryRaw<{ sourceFile: string; sourceQuote: string }[]>`
      SELECT t."sourceFile", t."sourceQuote" FROM "Target" t JOIN "Plan" pl ON pl.id = t."planId" JOIN "Region" rg ON rg.id = pl."regionId"
      WHERE t.id = ${id} AND ${scope}`,
    db.$queryRaw<ContributorRow[]>`
      SELECT a.id AS "assignmentId", a."hospitalId", a."unitId", coalesce(h.name, u.name) AS name, coalesce(tu."isLead", false) AS "isLead",
             a."shareValue"::text AS "shareValue",
             ap.value::text AS "aValue", ap."milestoneDone" AS "aDone", ap.year AS "aYear", ap.quarter AS "aQuarter",
             pe.value::text AS "pValue", pe."milestoneDone" AS "pDone", pe.year AS "pYear", pe.quarter AS "pQuarter"
      FROM "Assignment" a
      LEFT JOIN "Hospital" h ON h.id = a."hospitalId" LEFT JOIN "ResponsibleUnit" u ON u.id = a."unitId"
      LEFT JOIN "TargetUnit" tu ON tu."targetId" = a."targetId" AND tu."unitId" = a."unitId"
      LEFT JOIN LATERAL (SELECT rv.value, rv."milestoneDone", p.year, p.quarter FROM "ReportValue" rv
        JOIN "ProgressReport" r ON r.id = rv."reportId" JOIN "ReportingPeriod" p ON p.id = r."periodId"
        WHERE rv."assignmentId" = a.id AND r.status = 'APPROVED' ORDER BY p.year DESC, p.quarter DESC LIMIT 1) ap ON true
      LEFT JOIN LATERAL (SELECT rv.value, rv."milestoneDone", p.year, p.quarter FROM "ReportValue" rv
        JOIN "ProgressReport" r ON r.id = rv."reportId" JOIN "ReportingPeriod" p ON p.id = r."periodId"
        WHERE rv."assignmentId" = a.id AND r.status = 'SUBMITTED' ORDER BY p.year DESC, p.quarter DESC LIMIT 1) pe ON true
      WHERE a."targetId" = ${id} AND a."archivedAt" IS NULL
      ORDER BY coalesce(tu."isLead", false) DESC, name`,
    db.$queryRaw<(Omit<ApprovedValue, "value"> & { value: string | null })[]>`
      SELECT rv.id, p.year, p.quarter, coalesce(h.name, u.name) AS reporter, rv.value::text AS value, rv."milestoneDone", rv.note,
             sb."displayName" AS "submittedBy", rb."displayName" AS "reviewedBy", r."reviewedAt", r."isDemo"
      FROM "ReportValue" rv JOIN "ProgressReport" r ON r.id = rv."reportId" JOIN "ReportingPeriod" p ON p.id = r."periodId"
      LEFT JOIN "Hospital" h ON h.id = r."hospitalId" LEFT JOIN "ResponsibleUnit" u ON u.id = r."unitId"
      LEFT JOIN "User" sb ON sb.id = r."submittedById" LEFT JOIN "User" rb ON rb.id = r."reviewedById"
      WHERE rv."targetId" = ${id} AND r.status = 'APPROVED'
      ORDER BY p.year DESC, p.quarter DESC, reporter LIMIT ${REPORT_LIMIT}`,
  ]);
  return {
    target,
    sourceFile: source.sourceFile,
    sourceQuote: source.sourceQuote,
    contributors: contributors.map((c) => ({
      assignmentId: c.assignmentId,
      kind: c.hospitalId ? "HOSPITAL" : "UNIT",
      orgId: (c.hospitalId ?? c.unitId)!,
      name: c.name,
      isLead: c.isLead,
      shareValue: num(c.shareValue),
      latest: c.aYear === null ? null : { value: num(c.aValue), milestoneDone: c.aDone, year: c.aYear, quarter: c.aQuarter! },
      pending: c.pYear === null ? null : { value: num(c.pValue), milestoneDone: c.pDone, year: c.pYear, quarter: c.pQuarter! },
    })),
    reports: reports.map((r) => ({ ...r, value: num(r.value) })),
  };
}
