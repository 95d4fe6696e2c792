/**
 * The summary table's aggregation rules (docs/decisions/003-dashboard-summary.md) on a real
 * database, through the dashboards' own reads: LEAD_UNIT takes the lead unit's figure (the
 * assignees' sum when no lead unit reports), LATEST the figure reviewed last, and every approved
 * value counts in reportCount. Each change goes through a refresh of the touched rows only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getTargetProgress } from "@/lib/dal/dashboard/target";
import { archiveAssignment } from "@/lib/dal/manage/assignments";
import { dashboardFixture, WZ } from "../helpers/dashboard";
import type { TestDatabase } from "../helpers/database";
import { reportFigure } from "../helpers/report-fixtures";

let db: TestDatabase;
let leader: SessionUser;
let staff: SessionUser;
let targetId: string;
let lead: { assignmentId: string; reportId: string; value: number; year: number; quarter: number };

/** The summary's figure for the lead's quarter, as the target dashboard reads it. */
async function quarter() {
  const t = (await getTargetProgress(leader, targetId))!;
  return t.series.find((s) => s.year === lead.year && s.quarter === lead.quarter)!;
}

beforeAll(async () => {
  ({ db, leader, staff } = await dashboardFixture());
  // A target its lead unit reports on alone, with an approved demo figure of a closed quarter.
  const [row] = await db.prisma.$queryRaw<{ targetId: string; assignmentId: string; reportId: string; value: string; year: number; quarter: number }[]>`
    SELECT t.id AS "targetId", a.id AS "assignmentId", r.id AS "reportId", rv.value::text AS value, p.year, p.quarter
    FROM "Target" t JOIN "Plan" pl ON pl.id = t."planId" JOIN "Assignment" a ON a."targetId" = t.id
    JOIN "TargetUnit" tu ON tu."targetId" = t.id AND tu."unitId" = a."unitId" AND tu."isLead"
    JOIN "ReportValue" rv ON rv."assignmentId" = a.id JOIN "ProgressReport" r ON r.id = rv."reportId" AND r.status = 'APPROVED'
    JOIN "ReportingPeriod" p ON p.id = r."periodId"
    WHERE pl.code = ${WZ} AND t.aggregation = 'LEAD_UNIT' AND t.kind = 'COUNT' AND rv.value > 1
    ORDER BY t.code, p.year DESC, p.quarter DESC LIMIT 1`;
  targetId = row.targetId;
  lead = { ...row, value: Number(row.value) };
  await getTargetProgress(leader, targetId); // the summary is built before the changes below
  // A hospital that reports on the same target, with a much smaller figure for the same quarter.
  const hospital = await db.prisma.hospital.findFirstOrThrow({ where: { region: { path: { startsWith: leader.regionPath } } }, orderBy: { code: "asc" }, select: { id: true } });
  await db.prisma.assignment.create({ data: { targetId, hospitalId: hospital.id } });
  await reportFigure(db.prisma, { targetId, hospitalId: hospital.id, year: lead.year, quarter: lead.quarter, value: 0.5 });
});
afterAll(() => db?.close());

describe("the summary's aggregation rules", () => {
  it("LEAD_UNIT: the lead unit's figure, though another assignee reported too", async () => {
    expect(await quarter()).toMatchObject({ actual: lead.value, reportCount: 2 });
  });

  it("LATEST: the figure reviewed last, whichever is larger", async () => {
    await db.prisma.target.update({ where: { id: targetId }, data: { aggregation: "LATEST" } });
    expect(await quarter()).toMatchObject({ actual: 0.5, reportCount: 2 });
    await db.prisma.progressReport.update({ where: { id: lead.reportId }, data: { reviewedAt: new Date() } });
    expect(await quarter()).toMatchObject({ actual: lead.value, reportCount: 2 });
    await db.prisma.target.update({ where: { id: targetId }, data: { aggregation: "LEAD_UNIT" } });
  });

  it("LEAD_UNIT without a reporting lead unit: the assignees' sum", async () => {
    await archiveAssignment(staff, lead.assignmentId);
    expect(await quarter()).toMatchObject({ actual: 0.5, reportCount: 1 });
  });
});
