import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getCrossPlanComparison } from "@/lib/dal/dashboard/cross-plan";
import { exportDashboardView } from "@/lib/dal/dashboard/export";
import { getCountyComparison, getHospitalDashboard, getOrganisationsDashboard } from "@/lib/dal/dashboard/organisations";
import { getPlanDashboard } from "@/lib/dal/dashboard/plan";
import { getTargetDashboard } from "@/lib/dal/dashboard/target";
import { ZPlanDashboardQuery } from "@/lib/validation/dashboard";
import type { TDashboardExportQuery } from "@/lib/validation/dashboard-export";
import { actorFor } from "../helpers/actors";
import { AS_OF, dashboardFixture, WZ } from "../helpers/dashboard";
import type { TestDatabase } from "../helpers/database";

const NO_FILTER = ZPlanDashboardQuery.parse({});
let db: TestDatabase;
let leader: SessionUser;
let tjLeader: SessionUser;

/** Every sheet of the exported workbook as rows of cell values, the header first. */
async function exported(actor: SessionUser, query: TDashboardExportQuery, filters = NO_FILTER) {
  const file = await exportDashboardView(actor, query, filters, AS_OF);
  if (!file) return null;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.body.buffer);
  const sheets = workbook.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: ws.name, header: rows[0] as string[], rows: rows.slice(1) };
  });
  return { name: file.name, sheets };
}

const column = (sheet: { header: string[]; rows: unknown[][] }, header: string) => {
  const i = sheet.header.indexOf(header);
  expect(i, header).toBeGreaterThanOrEqual(0);
  return sheet.rows.map((r) => r[i] ?? null);
};

beforeAll(async () => {
  ({ db, leader, tjLeader } = await dashboardFixture());
});
afterAll(() => db?.close());

describe("dashboard exports hold what the page shows", () => {
  it("plan: the rows filtered and sorted as on screen", async () => {
    const filters = ZPlanDashboardQuery.parse({ status: "OVERDUE", sort: "gap" });
    const page = (await getPlanDashboard(leader, WZ, filters, AS_OF))!;
    const file = (await exported(leader, { view: "plan", plan: WZ }, filters))!;
    expect(file.name).toEqual(["目标进展", WZ]);
    const [sheet] = file.sheets;
    expect(page.rows.length).toBeGreaterThan(0);
    expect(column(sheet, "编号")).toEqual(page.rows.map((r) => r.code));
    expect(new Set(column(sheet, "状态"))).toEqual(new Set(["已逾期"]));
    // Figures built from demo reports are marked as such, row by row.
    const demo = await db.prisma.reportValue.findMany({ where: { report: { isDemo: true, status: "APPROVED" } }, select: { targetId: true }, distinct: ["targetId"] });
    const demoIds = new Set(demo.map((v) => v.targetId));
    expect(column(sheet, "演示数据")).toEqual(page.rows.map((r) => (demoIds.has(r.id) ? "是" : "否")));
    expect(column(sheet, "演示数据")).toContain("是");
  });

  it("units: one sheet of responsible units and one of hospitals, with their status counts", async () => {
    const page = await getOrganisationsDashboard(leader, AS_OF);
    const [units, hospitals] = (await exported(leader, { view: "units" }))!.sheets;
    expect([units.name, hospitals.name]).toEqual(["责任单位", "医疗机构"]);
    expect(column(units, "名称")).toEqual(page.units.map((u) => u.name));
    expect(column(units, "目标数")).toEqual(page.units.map((u) => u.total));
    expect(column(hospitals, "已逾期")).toEqual(page.hospitals.map((h) => h.counts.OVERDUE));
  });

  it("hospital: its targets with its own latest figure, and its designations", async () => {
    const hospital = await db.prisma.hospital.findFirstOrThrow({ where: { code: "WZ-WMU1" }, select: { id: true, name: true } });
    const page = (await getHospitalDashboard(leader, hospital.id, AS_OF))!;
    const file = (await exported(leader, { view: "hospital", id: hospital.id }))!;
    expect(file.name).toEqual(["医疗机构目标", hospital.name]);
    const [targets, designations] = file.sheets;
    expect(column(targets, "编号")).toEqual(page.targets.map((t) => t.code));
    expect(column(targets, "本院最新值")).toEqual(page.targets.map((t) => t.own?.value ?? (t.own ? (t.own.milestoneDone ? "已完成" : "未完成") : null)));
    expect(designations.rows).toHaveLength(page.designations.length);
    expect(column(designations, "级别").every((l) => typeof l === "string" && /[\u4e00-\u9fff]/.test(l))).toBe(true);
  });

  it("counties: one line per county's target under its task heading", async () => {
    const page = await getCountyComparison(leader, AS_OF);
    const [sheet] = (await exported(leader, { view: "counties" }))!.sheets;
    const expected = page.rows.flatMap((r) => page.counties.flatMap((c) => (r.cells[c.id] ?? []).map((t) => [r.title, c.name, t.code, t.status])));
    expect(sheet.rows.map((row) => [row[0], row[1], row[3], row[8]])).toEqual(
      expected.map(([task, county, code, status]) => [task, county, code, { ACHIEVED: "已达成", ON_TRACK: "正常推进", AT_RISK: "存在风险", OFF_TRACK: "严重滞后", NO_DATA: "未填报", OVERDUE: "已逾期" }[status as string]]),
    );
    expect(new Set(column(sheet, "县（市、区）"))).toEqual(new Set(["洞头区", "文成县", "泰顺县", "龙港市"]));
  });

  it("target: every approved value behind the figures, demo ones marked, text kept inert", async () => {
    const value = await db.prisma.reportValue.findFirstOrThrow({
      where: { report: { status: "APPROVED", isDemo: true }, target: { plan: { code: WZ }, kind: "COUNT" } },
      select: { id: true, targetId: true },
    });
    await db.prisma.reportValue.update({ where: { id: value.id }, data: { note: "=HYPERLINK(\"http://x\")" } });
    const page = (await getTargetDashboard(leader, value.targetId, AS_OF))!;
    const file = (await exported(leader, { view: "target", id: value.targetId }))!;
    expect(file.name).toEqual(["目标填报明细", page.target.code]);
    const [sheet] = file.sheets;
    expect(sheet.rows).toHaveLength(page.reports.length);
    expect(column(sheet, "填报单位")).toEqual(page.reports.map((r) => r.reporter));
    expect(new Set(column(sheet, "演示数据"))).toEqual(new Set(["是"]));
    expect(column(sheet, "说明")).toContain("'=HYPERLINK(\"http://x\")");
  });

  it("cross-plan: one line per plan's target of each family, with its 口径", async () => {
    const [sheet] = (await exported(tjLeader, { view: "crossPlan" }))!.sheets;
    const page = await getCrossPlanComparison(tjLeader, AS_OF);
    const targets = page.rows.flatMap((r) => r.cells.flatMap((c) => c?.targets ?? []));
    // 天津: ZL1-01-T2, ZL1-02-T1 and the 16 district quotas.
    expect(column(sheet, "编号")).toEqual(targets.map((t) => t.code));
    expect(sheet.rows).toHaveLength(18);
    expect(new Set(column(sheet, "规划"))).toEqual(new Set(["天津“十四五”临床专科规划"]));
    expect(column(sheet, "共同指标").slice(0, 2)).toEqual(["国家级临床重点专科", "省级临床重点专科"]);
    expect(column(sheet, "口径").every((b) => typeof b === "string" && b.length > 10)).toBe(true);
  });
});

describe("dashboard exports are scoped like their pages", () => {
  it("answers null (404) for another region's plan, hospital or target", async () => {
    const hospital = await db.prisma.hospital.findFirstOrThrow({ where: { code: "WZ-WMU1" }, select: { id: true } });
    const target = await db.prisma.target.findFirstOrThrow({ where: { plan: { code: WZ } }, select: { id: true } });
    expect(await exported(tjLeader, { view: "plan", plan: WZ })).toBeNull();
    expect(await exported(tjLeader, { view: "hospital", id: hospital.id })).toBeNull();
    expect(await exported(tjLeader, { view: "target", id: target.id })).toBeNull();
  });

  it("lists only the user's region in the region-wide views", async () => {
    const [units, hospitals] = (await exported(tjLeader, { view: "units" }))!.sheets;
    expect(column(hospitals, "所在地区").every((r) => r !== "温州市" && !String(r).endsWith("县"))).toBe(true);
    expect(column(units, "名称")).not.toContain("温州医科大学");
    expect((await exported(tjLeader, { view: "counties" }))!.sheets[0].rows).toHaveLength(0);
  });

  it("refuses roles without dashboard access", async () => {
    await expect(exportDashboardView(await actorFor(db.prisma, "wmu1"), { view: "units" }, NO_FILTER, AS_OF)).rejects.toThrow();
  });
});
