/**
 * The judgement cache of the dashboards (lib/dal/dashboard/judgements.ts): reused while nothing
 * changed, judged afresh after an approval, a target revision, an assignment change or a plan
 * period change, and never a way round the region scope. Reuse shows as the very same series
 * object coming back; everything goes through the real DAL on a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDashboardOverview } from "@/lib/dal/dashboard/overview";
import { getPlanSummary } from "@/lib/dal/dashboard/plan";
import { getTargetProgress } from "@/lib/dal/dashboard/target";
import { archiveAssignment } from "@/lib/dal/manage/assignments";
import { updateTarget } from "@/lib/dal/manage/targets";
import { reviewReports } from "@/lib/dal/reports";
import { ZPlanDashboardQuery } from "@/lib/validation/dashboard";
import { dashboardFixture, WZ } from "../helpers/dashboard";
import type { TestDatabase } from "../helpers/database";
import { reportFigure } from "../helpers/report-fixtures";
import { targetForm } from "../helpers/target-form";

let db: TestDatabase;
let leader: SessionUser;
let tjLeader: SessionUser;
let staff: SessionUser;
let target: { id: string; assignments: { id: string; hospitalId: string | null }[] };
let open: { year: number; quarter: number };

const progress = (asOf?: Date) => getTargetProgress(leader, target.id, asOf).then((t) => t!);

beforeAll(async () => {
  ({ db, leader, tjLeader, staff } = await dashboardFixture());
  // A count the assigned hospitals' figures add up to (SUM), reported on by several hospitals.
  target = await db.prisma.target.findFirstOrThrow({
    where: { plan: { code: WZ }, kind: "COUNT", aggregation: "SUM", assignments: { some: { hospitalId: { not: null } } } },
    orderBy: { code: "asc" },
    select: { id: true, assignments: { where: { hospitalId: { not: null } }, orderBy: { id: "asc" }, select: { id: true, hospitalId: true } } },
  });
  open = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { status: "OPEN", region: { code: "330300" } }, select: { year: true, quarter: true } });
  await db.prisma.progressReport.deleteMany({ where: { hospitalId: target.assignments[0].hospitalId, period: { status: "OPEN" } } });
});
afterAll(() => db?.close());

describe("the judgement cache", () => {
  it("reuses the judgements while nothing changed, a submission included", async () => {
    const first = await progress();
    expect((await progress()).series).toBe(first.series);
    await reportFigure(db.prisma, { targetId: target.id, hospitalId: target.assignments[0].hospitalId!, ...open, value: 9999, status: "SUBMITTED" });
    const after = await progress();
    expect(after.series).toBe(first.series);
    expect(after.latest?.value).not.toBe(9999);
  });

  it("judges afresh after an approval", async () => {
    const before = await progress();
    const report = await db.prisma.progressReport.findFirstOrThrow({ where: { hospitalId: target.assignments[0].hospitalId, status: "SUBMITTED", period: { status: "OPEN" } }, select: { id: true } });
    await reviewReports(staff, { reportIds: [report.id], decision: "APPROVE" });
    const after = await progress();
    expect(after.series).not.toBe(before.series);
    expect(after.latest).toMatchObject({ value: 9999, ...open });
  });

  it("judges afresh after a target revision", async () => {
    await updateTarget(staff, await targetForm(staff, target.id, { value: "20000", reason: "测试：目标调整", effectiveFrom: "2025-01-01" }));
    const after = await progress();
    expect(after.value).toBe(20000);
    expect(after.raw).toBeCloseTo(9999 / 20000, 9);
  });

  it("judges afresh after the reporting hospital's assignment is archived", async () => {
    await archiveAssignment(staff, target.assignments[0].id);
    const after = await progress();
    expect(after.latest?.value).not.toBe(9999);
    expect(after.series.some((s) => s.actual === 9999)).toBe(false);
  });

  it("judges afresh when the plan's period changes, though no target or report did", async () => {
    const midPlan = new Date("2024-08-15T04:00:00Z");
    const before = await progress(midPlan);
    await db.prisma.plan.update({ where: { code: WZ }, data: { startYear: 2024 } });
    try {
      const after = await progress(midPlan);
      expect(after.expected).not.toBeCloseTo(before.expected!, 6);
    } finally {
      await db.prisma.plan.update({ where: { code: WZ }, data: { startYear: 2023 } });
    }
  });

  it("never hands one region's targets to another region's leader", async () => {
    await getDashboardOverview(leader);
    expect((await getDashboardOverview(tjLeader)).map((p) => p.code)).toEqual(["TJ-14-5"]);
    expect(await getTargetProgress(tjLeader, target.id)).toBeNull();
    expect(await getPlanSummary(tjLeader, WZ, ZPlanDashboardQuery.parse({}))).toBeNull();
  });
});
