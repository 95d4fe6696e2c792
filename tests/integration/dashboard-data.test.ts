import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDashboardOverview } from "@/lib/dal/dashboard/overview";
import { getHospitalDashboard } from "@/lib/dal/dashboard/organisations";
import { getPlanDashboard } from "@/lib/dal/dashboard/plan";
import { getTargetDashboard } from "@/lib/dal/dashboard/target";
import { ZPlanDashboardQuery } from "@/lib/validation/dashboard";
import { actorFor } from "../helpers/actors";
import { AS_OF, clearFigures, dashboardFixture, WZ } from "../helpers/dashboard";
import type { TestDatabase } from "../helpers/database";
import { reportFigure } from "../helpers/report-fixtures";

// A SUM count target of 附件4 (泰顺县): ≥ 6, no baseline, deadline 2025, two hospitals report on it.
const CODE = "A4T-TS-5-T1";
let db: TestDatabase;
let leader: SessionUser;
let tjLeader: SessionUser;
let targetId: string;
let hospitals: string[];

const approve = (hospitalId: string, year: number, quarter: number, value: number, status: "APPROVED" | "SUBMITTED" = "APPROVED") =>
  reportFigure(db.prisma, { targetId, hospitalId, year, quarter, value, status });

beforeAll(async () => {
  const fixture = await dashboardFixture();
  ({ db, leader, tjLeader } = fixture);
  const target = await db.prisma.target.findFirstOrThrow({ where: { code: CODE, plan: { code: WZ } }, select: { id: true, assignments: { select: { hospitalId: true }, orderBy: { id: "asc" } } } });
  targetId = target.id;
  hospitals = target.assignments.map((a) => a.hospitalId!);
  // The small fixture: the demo figures of this target are replaced by hand-picked ones.
  await clearFigures(fixture, { id: targetId });
  await approve(hospitals[0], 2024, 4, 1);
  await approve(hospitals[1], 2024, 4, 2);
  await approve(hospitals[0], 2025, 2, 2);
  await approve(hospitals[0], 2025, 4, 2);
  await approve(hospitals[1], 2025, 4, 2);
  // Submitted, not yet approved: shown as pending, never counted.
  await approve(hospitals[1], 2026, 4, 9, "SUBMITTED");
});
afterAll(() => db?.close());

describe("dashboard data against a hand computation", () => {
  it("sums the assignees' approved figures per quarter and judges the latest", async () => {
    const view = await getTargetDashboard(leader, targetId, AS_OF);
    const t = view!.target;
    expect(t.series.map((s) => [s.year, s.quarter, s.actual, s.reportCount])).toEqual([
      [2024, 4, 3, 2],
      [2025, 2, 2, 1],
      [2025, 4, 4, 2],
    ]);
    // 4 of 6 with baseline 0: 66.7 %; the 2025 deadline has passed unmet → 已逾期.
    expect(t.latest).toMatchObject({ value: 4, year: 2025, quarter: 4 });
    expect(t.progress).toBeCloseTo(4 / 6, 6);
    expect(t.status).toBe("OVERDUE");
    expect(t.reportCount).toBe(5);
  });

  it("lists every approved value behind the figures and marks the pending one apart", async () => {
    const view = (await getTargetDashboard(leader, targetId, AS_OF))!;
    expect(view.reports.map((r) => [r.year, r.quarter, r.value]).sort()).toEqual([
      [2024, 4, 1], [2024, 4, 2], [2025, 2, 2], [2025, 4, 2], [2025, 4, 2],
    ].sort());
    const second = view.contributors.find((c) => c.orgId === hospitals[1])!;
    expect(second.latest).toMatchObject({ value: 2, year: 2025, quarter: 4 });
    expect(second.pending).toMatchObject({ value: 9, year: 2026, quarter: 4 });
  });

  it("counts the plan's statuses consistently with its rows and filters by status and hospital", async () => {
    const all = (await getPlanDashboard(leader, WZ, ZPlanDashboardQuery.parse({}), AS_OF))!;
    const overview = (await getDashboardOverview(leader, AS_OF)).find((p) => p.code === WZ)!;
    expect(overview.total).toBe(all.rows.length);
    expect(overview.counts).toEqual(all.counts);
    const overdue = (await getPlanDashboard(leader, WZ, ZPlanDashboardQuery.parse({ status: "OVERDUE" }), AS_OF))!;
    expect(overdue.rows.length).toBe(all.counts.OVERDUE);
    expect(overdue.rows.every((r) => r.status === "OVERDUE")).toBe(true);
    const byHospital = (await getPlanDashboard(leader, WZ, ZPlanDashboardQuery.parse({ hospital: hospitals[0] }), AS_OF))!;
    const assigned = await db.prisma.assignment.count({ where: { hospitalId: hospitals[0], archivedAt: null, target: { plan: { code: WZ } } } });
    expect(byHospital.rows.length).toBe(assigned);
    expect(byHospital.rows.map((r) => r.id)).toContain(targetId);
  });
});

describe("dashboard scoping", () => {
  it("shows a Tianjin leader no Wenzhou plan, target or hospital", async () => {
    const plans = await getDashboardOverview(tjLeader, AS_OF);
    expect(plans.map((p) => p.code)).toEqual(["TJ-14-5"]);
    expect(await getPlanDashboard(tjLeader, WZ, ZPlanDashboardQuery.parse({}), AS_OF)).toBeNull();
    expect(await getTargetDashboard(tjLeader, targetId, AS_OF)).toBeNull();
    expect(await getHospitalDashboard(tjLeader, hospitals[0], AS_OF)).toBeNull();
    expect(await getHospitalDashboard(leader, hospitals[0], AS_OF)).not.toBeNull();
  });

  it("refuses roles without dashboard access", async () => {
    const reporter = await actorFor(db.prisma, "wmu1");
    await expect(getDashboardOverview(reporter, AS_OF)).rejects.toThrow();
  });
});
