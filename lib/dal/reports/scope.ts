import "server-only";
import type { SessionUser } from "../../auth/session-user";
import type { Prisma } from "../../generated/prisma/client";
import { regionSubtree } from "../scope";

/**
 * Which reports a user reaches. A reporter: their own hospital's or unit's, nothing else
 * (the tenant comes from the session, never from the request). Staff and leaders: the
 * reports of periods their commission runs, i.e. in their region subtree. Anyone else: none.
 */
export function reportScope(actor: SessionUser): Prisma.ProgressReportWhereInput | null {
  if (actor.role === "HOSPITAL_REPORTER") return actor.hospitalId ? { hospitalId: actor.hospitalId } : null;
  if (actor.role === "UNIT_REPORTER") return actor.unitId ? { unitId: actor.unitId } : null;
  if (actor.role === "STAFF" || actor.role === "LEADER") return { period: { region: regionSubtree(actor) } };
  return null;
}

/** The reporter's own key, for creating their report; null for anybody who is not a reporter. */
export function reporterKey(actor: SessionUser): { hospitalId: string } | { unitId: string } | null {
  if (actor.role === "HOSPITAL_REPORTER" && actor.hospitalId) return { hospitalId: actor.hospitalId };
  if (actor.role === "UNIT_REPORTER" && actor.unitId) return { unitId: actor.unitId };
  return null;
}

/** Assignments a report covers: the reporter's, on live targets of plans the period's commission runs. */
export function reportAssignments(report: { hospitalId: string | null; unitId: string | null }, periodRegionId: string): Prisma.AssignmentWhereInput {
  return {
    ...(report.hospitalId ? { hospitalId: report.hospitalId } : { unitId: report.unitId }),
    archivedAt: null,
    target: { archivedAt: null, plan: { archivedAt: null, regionId: periodRegionId } },
  };
}
