import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDashboardHospitalHeader, getDashboardPlanHeader, getDashboardTargetHeader } from "@/lib/dal/dashboard/headers";
import { getHospitalDashboard } from "@/lib/dal/dashboard/organisations";
import { getPlanDashboard } from "@/lib/dal/dashboard/plan";
import { getTargetDashboard } from "@/lib/dal/dashboard/target";
import { ZPlanDashboardQuery } from "@/lib/validation/dashboard";
import { actorFor } from "../helpers/actors";
import { dashboardFixture, WZ } from "../helpers/dashboard";
import type { TestDatabase } from "../helpers/database";

let db: TestDatabase;
let leader: SessionUser;
let tjLeader: SessionUser;

beforeAll(async () => {
  ({ db, leader, tjLeader } = await dashboardFixture());
});
afterAll(() => db?.close());

/** The drill-down pages decide their 404 from these headers, so they must agree with the figures below them. */
describe("dashboard page headers", () => {
  it("name a plan exactly when its dashboard exists for the user", async () => {
    const header = await getDashboardPlanHeader(leader, WZ);
    const page = await getPlanDashboard(leader, WZ, ZPlanDashboardQuery.parse({}));
    expect(header).toEqual(page!.plan);
    expect(await getDashboardPlanHeader(tjLeader, WZ)).toBeNull();
    expect(await getDashboardPlanHeader(leader, "NO-SUCH-PLAN")).toBeNull();
  });

  it("give a target's name, commitment and deadline as its judged figures do, dated or not", async () => {
    const dated = await db.prisma.target.findFirstOrThrow({ where: { deadlineDate: { not: null }, plan: { code: "TJ-14-5" } }, select: { id: true } });
    const undated = await db.prisma.target.findFirstOrThrow({ where: { deadlineDate: null, plan: { code: WZ } }, select: { id: true } });
    for (const [actor, id] of [[tjLeader, dated.id], [leader, undated.id]] as const) {
      const header = (await getDashboardTargetHeader(actor, id))!;
      const { target } = (await getTargetDashboard(actor, id))!;
      expect(header).toEqual({
        id, code: target.code, metric: target.metric, comparator: target.comparator, kind: target.kind, value: target.value, valueHigh: target.valueHigh,
        unit: target.unit, deadline: target.deadline, plan: { code: target.plan.code, shortTitle: target.plan.shortTitle },
      });
    }
    expect(await getDashboardTargetHeader(tjLeader, undated.id)).toBeNull();
    await db.prisma.target.update({ where: { id: undated.id }, data: { archivedAt: new Date() } });
    expect(await getDashboardTargetHeader(leader, undated.id)).toBeNull();
    expect(await getTargetDashboard(leader, undated.id)).toBeNull();
  });

  it("name a hospital of the user's own region only", async () => {
    const hospital = await db.prisma.hospital.findFirstOrThrow({ where: { code: "WZ-WMU1" }, select: { id: true } });
    expect(await getDashboardHospitalHeader(leader, hospital.id)).toEqual((await getHospitalDashboard(leader, hospital.id))!.hospital);
    expect(await getDashboardHospitalHeader(tjLeader, hospital.id)).toBeNull();
  });

  it("refuses roles without dashboard access", async () => {
    await expect(getDashboardPlanHeader(await actorFor(db.prisma, "wmu1"), WZ)).rejects.toThrow();
  });
});
