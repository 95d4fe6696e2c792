import "server-only";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import type { DesignationLevel, DesignationStatus } from "../../generated/prisma/enums";
import { loadJudgedTargets, regionScopeSql, type JudgedTarget } from "./judged-targets";
import { countStatuses, type StatusCounts } from "./overview";

export interface OrganisationRow {
  id: string;
  name: string;
  regionName: string;
  /** The plan of its first target, for the link to the plan dashboard filtered to it. */
  planCode: string;
  total: number;
  counts: StatusCounts;
}

function rollUp(targets: JudgedTarget[], links: { orgId: string; targetId: string; name: string; regionName: string }[]): OrganisationRow[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const orgs = new Map<string, { name: string; regionName: string; targets: JudgedTarget[] }>();
  for (const l of links) {
    const t = byId.get(l.targetId);
    if (!t) continue;
    const org = orgs.get(l.orgId) ?? { name: l.name, regionName: l.regionName, targets: [] };
    org.targets.push(t);
    orgs.set(l.orgId, org);
  }
  return [...orgs].map(([id, o]) => ({ id, name: o.name, regionName: o.regionName, planCode: o.targets[0].plan.code, total: o.targets.length, counts: countStatuses(o.targets) }));
}

/** By responsible unit (targets it leads or co-leads) and by hospital (targets assigned to it); archived units and hospitals are left out (issue #7). */
export async function getOrganisationsDashboard(actor: SessionUser, asOf = new Date()): Promise<{ units: OrganisationRow[]; hospitals: OrganisationRow[] }> {
  assertCan(actor, "dashboard:read");
  const scope = regionScopeSql(actor.regionPath);
  const [targets, unitLinks, hospitalLinks] = await Promise.all([
    loadJudgedTargets(actor.regionPath, {}, asOf),
    db.$queryRaw<{ orgId: string; targetId: string; name: string; regionName: string }[]>`
      SELECT u.id AS "orgId", tu."targetId", u.name, ur.name AS "regionName" FROM "TargetUnit" tu
      JOIN "ResponsibleUnit" u ON u.id = tu."unitId" JOIN "Region" ur ON ur.id = u."regionId"
      JOIN "Target" t ON t.id = tu."targetId" JOIN "Plan" pl ON pl.id = t."planId" JOIN "Region" rg ON rg.id = pl."regionId"
      WHERE u."archivedAt" IS NULL AND ${scope} ORDER BY u.name`,
    db.$queryRaw<{ orgId: string; targetId: string; name: string; regionName: string }[]>`
      SELECT h.id AS "orgId", a."targetId", coalesce(h."shortName", h.name) AS name, hr.name AS "regionName" FROM "Assignment" a
      JOIN "Hospital" h ON h.id = a."hospitalId" JOIN "Region" hr ON hr.id = h."regionId"
      JOIN "Target" t ON t.id = a."targetId" JOIN "Plan" pl ON pl.id = t."planId" JOIN "Region" rg ON rg.id = pl."regionId"
      WHERE a."archivedAt" IS NULL AND h."archivedAt" IS NULL AND ${scope} ORDER BY hr."sortOrder", name`,
  ]);
  return { units: rollUp(targets, unitLinks), hospitals: rollUp(targets, hospitalLinks) };
}

export interface HospitalDashboard {
  hospital: { id: string; name: string; regionName: string };
  targets: (JudgedTarget & { own: { value: number | null; milestoneDone: boolean | null; year: number; quarter: number } | null })[];
  counts: StatusCounts;
  designations: { specialty: string; level: DesignationLevel; status: DesignationStatus; programme: string | null }[];
}

/** A hospital of the user's region: its targets with its own latest approved figure, and its designations. */
export async function getHospitalDashboard(actor: SessionUser, id: string, asOf = new Date()): Promise<HospitalDashboard | null> {
  assertCan(actor, "dashboard:read");
  const [hospital] = await db.$queryRaw<HospitalDashboard["hospital"][]>`
    SELECT h.id, h.name, rg.name AS "regionName" FROM "Hospital" h JOIN "Region" rg ON rg.id = h."regionId"
    WHERE h.id = ${id} AND rg.path LIKE ${`${actor.regionPath}%`}`;
  if (!hospital) return null;
  const [targets, own, designations] = await Promise.all([
    loadJudgedTargets(actor.regionPath, { hospitalId: id }, asOf),
    db.$queryRaw<{ targetId: string; value: string | null; milestoneDone: boolean | null; year: number; quarter: number }[]>`
      SELECT DISTINCT ON (rv."targetId") rv."targetId", rv.value::text AS value, rv."milestoneDone", p.year, p.quarter
      FROM "ReportValue" rv JOIN "ProgressReport" r ON r.id = rv."reportId" JOIN "ReportingPeriod" p ON p.id = r."periodId"
      WHERE r."hospitalId" = ${id} AND r.status = 'APPROVED' ORDER BY rv."targetId", p.year DESC, p.quarter DESC`,
    db.specialtyDesignation.findMany({
      where: { hospitalId: id, archivedAt: null },
      orderBy: [{ level: "asc" }, { specialty: { name: "asc" } }],
      select: { level: true, status: true, programme: true, specialty: { select: { name: true } } },
    }),
  ]);
  const ownBy = new Map(own.map((o) => [o.targetId, { value: o.value === null ? null : Number(o.value), milestoneDone: o.milestoneDone, year: o.year, quarter: o.quarter }]));
  return {
    hospital,
    targets: targets.map((t) => ({ ...t, own: ownBy.get(t.id) ?? null })),
    counts: countStatuses(targets),
    designations: designations.map((d) => ({ specialty: d.specialty.name, level: d.level, status: d.status, programme: d.programme })),
  };
}

export interface CountyComparison {
  counties: { id: string; name: string; counts: StatusCounts }[];
  /** One row per task heading of the county table (附件4: 设施设备建设 …), a cell per county. */
  rows: { title: string; cells: Record<string, JudgedTarget[]> }[];
}

/** The county task table side by side: targets of tasks the plan gives to one county. */
export async function getCountyComparison(actor: SessionUser, asOf = new Date()): Promise<CountyComparison> {
  assertCan(actor, "dashboard:read");
  const targets = (await loadJudgedTargets(actor.regionPath, {}, asOf)).filter((t) => t.task.regionId !== null);
  const ids = [...new Set(targets.map((t) => t.task.regionId!))];
  const regions = await db.region.findMany({ where: { id: { in: ids } }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, name: true } });
  const rows = new Map<string, Record<string, JudgedTarget[]>>();
  for (const t of targets) {
    const row = rows.get(t.task.title) ?? {};
    (row[t.task.regionId!] ??= []).push(t);
    rows.set(t.task.title, row);
  }
  return {
    counties: regions.map((r) => ({ ...r, counts: countStatuses(targets.filter((t) => t.task.regionId === r.id)) })),
    rows: [...rows].map(([title, cells]) => ({ title, cells })),
  };
}
