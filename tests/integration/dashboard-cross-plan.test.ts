import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getCrossPlanComparison, type CrossPlanComparison } from "@/lib/dal/dashboard/cross-plan";
import { getDashboardOverview } from "@/lib/dal/dashboard/overview";
import { actorFor } from "../helpers/actors";
import { AS_OF, clearFigures, dashboardFixture, GZ, TJ, WZ } from "../helpers/dashboard";
import type { TestDatabase } from "../helpers/database";

const FAMILY_TARGETS: [string, string][] = [
  [WZ, "A1-05-T1"], [WZ, "A2-02-T1"], [WZ, "A4-04-T1"], [TJ, "ZL1-01-T2"], [TJ, "ZL1-02-T1"], [GZ, "G-1-T1"], [GZ, "G-3-T1"],
  ...Array.from({ length: 16 }, (_, i): [string, string] => [TJ, `ZL1-03-T${i + 1}`]),
];

let db: TestDatabase;
let nhc: SessionUser;

/** An approved figure for the target in the quarter, reported through its lead unit's assignment (or a new one). */
async function approve(planCode: string, code: string, year: number, quarter: number, value: number) {
  const target = await db.prisma.target.findFirstOrThrow({
    where: { code, plan: { code: planCode } },
    select: { id: true, plan: { select: { regionId: true } }, units: { where: { isLead: true }, select: { unitId: true } } },
  });
  const leads = target.units.map((u) => u.unitId);
  const assignments = await db.prisma.assignment.findMany({ where: { targetId: target.id, archivedAt: null }, select: { id: true, unitId: true, hospitalId: true } });
  const assignment =
    assignments.find((a) => a.unitId !== null && leads.includes(a.unitId)) ??
    assignments[0] ??
    (await db.prisma.assignment.create({
      data: { targetId: target.id, unitId: (await db.prisma.responsibleUnit.findFirstOrThrow({ where: { regionId: target.plan.regionId }, select: { id: true } })).id },
      select: { id: true, unitId: true, hospitalId: true },
    }));
  const period = await db.prisma.reportingPeriod.findFirstOrThrow({ where: { year, quarter, regionId: target.plan.regionId }, select: { id: true } });
  const org = assignment.hospitalId ? { hospitalId: assignment.hospitalId } : { unitId: assignment.unitId! };
  const existing = await db.prisma.progressReport.findFirst({ where: { periodId: period.id, ...org }, select: { id: true } });
  const report = existing
    ? await db.prisma.progressReport.update({ where: { id: existing.id }, data: { status: "APPROVED", reviewedAt: new Date() }, select: { id: true } })
    : await db.prisma.progressReport.create({ data: { periodId: period.id, ...org, status: "APPROVED", reviewedAt: new Date() }, select: { id: true } });
  await db.prisma.reportValue.create({ data: { reportId: report.id, assignmentId: assignment.id, targetId: target.id, value } });
}

/** The cell of a family and plan as [code, status, latest value, latest quarter] per target. */
function cell(view: CrossPlanComparison, family: string, planCode: string) {
  const row = view.rows.find((r) => r.key === family)!;
  const c = row.cells[view.planCodes.indexOf(planCode)];
  return c?.targets.map((t) => [t.code, t.status, t.latest?.value ?? null, t.latest ? `${t.latest.year}Q${t.latest.quarter}` : null]) ?? null;
}

beforeAll(async () => {
  const fixture = await dashboardFixture();
  ({ db } = fixture);
  nhc = await actorFor(db.prisma, "nhc");
  // The small fixture: the family targets' demo figures are replaced by hand-picked ones.
  await clearFigures(fixture, { OR: FAMILY_TARGETS.map(([plan, code]) => ({ code, plan: { code: plan } })) });
  await approve(WZ, "A1-05-T1", 2024, 4, 9.5);
  await approve(WZ, "A1-05-T1", 2025, 4, 10);
  await approve(WZ, "A2-02-T1", 2025, 4, 12);
  await approve(TJ, "ZL1-02-T1", 2024, 4, 15);
  await approve(TJ, "ZL1-02-T1", 2025, 4, 14);
  await approve(TJ, "ZL1-03-T1", 2025, 4, 3);
  await approve(GZ, "G-1-T1", 2025, 4, 2);
  await approve(GZ, "G-3-T1", 2025, 4, 200);
});
afterAll(() => db?.close());

describe("the cross-plan comparison against a hand computation", () => {
  it("sets the three plans side by side on the families they share for the national leader (全国)", async () => {
    expect(nhc).toMatchObject({ role: "LEADER", regionName: "全国", regionPath: "/100000/" });
    const view = await getCrossPlanComparison(nhc, AS_OF);
    expect(view.planCodes).toEqual([WZ, TJ, GZ]);
    expect(view.plans.map((p) => p.code)).toEqual([WZ, TJ, GZ]);
    expect(view.rows.map((r) => r.key)).toEqual(["national", "provincial", "county"]);
    // Guizhou sets no county-level measure.
    expect(view.rows[2].cells[2]).toBeNull();
  });

  it("judges each plan's measure from its approved figures", async () => {
    const view = await getCrossPlanComparison(nhc, AS_OF);
    // ≥ 10 from a baseline of 9: 10 in 2025Q4 meets it.
    expect(cell(view, "national", WZ)).toEqual([["A1-05-T1", "ACHIEVED", 10, "2025Q4"]]);
    // 1–2 a year, nothing reported: no data, even after the deadline.
    expect(cell(view, "national", TJ)).toEqual([["ZL1-01-T2", "NO_DATA", null, null]]);
    // ≥ 9 by 2027: 2 of 9 (22 %) against well over half of the period elapsed by 2026Q3 → 严重滞后.
    expect(cell(view, "national", GZ)).toEqual([["G-1-T1", "OFF_TRACK", 2, "2025Q4"]]);
    // ≥ 20 by 2025: 12 when the deadline has passed → 已逾期.
    expect(cell(view, "provincial", WZ)).toEqual([["A2-02-T1", "OVERDUE", 12, "2025Q4"]]);
    // 12–18 a year: 15 in 2024 and 14 in 2025, every reported year within the band → 已达成.
    expect(cell(view, "provincial", TJ)).toEqual([["ZL1-02-T1", "ACHIEVED", 14, "2025Q4"]]);
    expect(cell(view, "provincial", GZ)).toEqual([["G-3-T1", "ACHIEVED", 200, "2025Q4"]]);
    expect(cell(view, "county", WZ)).toEqual([["A4-04-T1", "NO_DATA", null, null]]);
    // One quota per district: 和平区 reported 3 of at least 5 → 已逾期; the other 15 never reported.
    const districts = cell(view, "county", TJ)!;
    expect(districts).toHaveLength(16);
    expect(districts[0]).toEqual(["ZL1-03-T1", "OVERDUE", 3, "2025Q4"]);
    expect(districts.slice(1).every(([, status]) => status === "NO_DATA")).toBe(true);
  });
});

describe("cross-plan scoping", () => {
  it("shows each region's leader or staff only their own plan", async () => {
    for (const [username, plan] of [["leader", WZ], ["staff", WZ], ["tj-leader", TJ], ["gz-staff", GZ]] as const) {
      const view = await getCrossPlanComparison(await actorFor(db.prisma, username), AS_OF);
      expect(view.planCodes, username).toEqual([plan]);
      expect(view.rows.flatMap((r) => r.cells.flatMap((c) => c?.targets.map((t) => t.plan.code) ?? [])).every((p) => p === plan), username).toBe(true);
    }
    const tianjin = await getCrossPlanComparison(await actorFor(db.prisma, "tj-leader"), AS_OF);
    expect(cell(tianjin, "provincial", TJ)).toEqual([["ZL1-02-T1", "ACHIEVED", 14, "2025Q4"]]);
  });

  it("gives the national leader's overview all three plans, each provincial leader's their own only", async () => {
    const plans = async (username: string) => (await getDashboardOverview(await actorFor(db.prisma, username), AS_OF)).map((p) => p.code);
    expect(await plans("nhc")).toEqual([GZ, TJ, WZ]);
    expect(await plans("leader")).toEqual([WZ]);
    expect(await plans("tj-leader")).toEqual([TJ]);
  });

  it("refuses roles without dashboard access", async () => {
    for (const username of ["wmu1", "admin", "auditor"]) {
      await expect(getCrossPlanComparison(await actorFor(db.prisma, username), AS_OF), username).rejects.toThrow();
    }
  });
});
