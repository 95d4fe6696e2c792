import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTargetExportRows } from "@/lib/dal/target-export";
import { exportTargetsAsSystem } from "@/lib/dal/target-export-query";
import { AppError } from "@/lib/errors";
import { TARGET_EXPORT_HEADERS, targetsToXlsx } from "@/lib/export/targets";
import { seedDatabase } from "@/seed";
import { loadPlanBundles } from "@/seed/data";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
let dir: string;

const actingUser = (username: string) => actorFor(db.prisma, username);

const targetsOf = (planCode: string) => loadPlanBundles().find((b) => b.plan.code === planCode)!.parts.flatMap((p) => p.targets);

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  dir = await mkdtemp(path.join(tmpdir(), "target-export-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db?.close();
});

describe("target export", () => {
  it("holds one row per target, every plan, for the command line's system actor", async () => {
    const rows = (await exportTargetsAsSystem(db.prisma, {}))!;
    expect(rows).toHaveLength(await db.prisma.target.count());
    expect(rows).toHaveLength(loadPlanBundles().reduce((n, b) => n + b.parts.flatMap((p) => p.targets).length, 0));
    expect(new Set(rows.map((r) => `${r.planCode}|${r.code}`)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.planCode))).toEqual(new Set(["WZ-2023-80", "TJ-14-5", "GZ-942"]));
  });

  it("names the lead unit first, marked 牵头, as the plan's list does", async () => {
    const rows = (await exportTargetsAsSystem(db.prisma, { planCode: "WZ-2023-80" }))!;
    const targets = await db.prisma.target.findMany({
      where: { plan: { code: "WZ-2023-80" }, units: { some: {} } },
      select: { code: true, units: { select: { isLead: true, unit: { select: { name: true } } }, orderBy: { sortOrder: "desc" } } },
    });
    expect(targets.length).toBeGreaterThan(100);
    for (const t of targets) {
      // Listed last-first, so a lead that comes out first was put there by the export.
      const [lead] = t.units.filter((u) => u.isLead).reverse();
      const others = t.units.filter((u) => !u.isLead);
      const row = rows.find((r) => r.code === t.code)!;
      expect(row.responsibleUnits.startsWith(`${lead.unit.name}（牵头）`)).toBe(true);
      if (others.length > 0) expect(row.responsibleUnits.endsWith(`、${others[0].unit.name}`)).toBe(true);
    }
    // 附件1 任务2: "温医大附属口腔医院…创成三甲专科医院  *市卫健委、温州医科大学"
    expect(rows.map((r) => r.responsibleUnits)).toContain("市卫健委（牵头）、温州医科大学");
  });

  it("writes an Excel file that reads back with the Chinese headers and one row per target", async () => {
    const rows = (await exportTargetsAsSystem(db.prisma, {}))!;
    const file = path.join(dir, "targets.xlsx");
    await writeFile(file, await targetsToXlsx(rows));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...TARGET_EXPORT_HEADERS]);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const codes = sheet.getColumn(1).values.slice(2);
    expect(codes).toEqual(rows.map((r) => r.code));
  });

  it("gives a Tianjin leader only Tianjin targets, and a Wenzhou leader only Wenzhou's", async () => {
    const tianjin = (await listTargetExportRows(await actingUser("tj-leader"), {}))!;
    expect(tianjin).toHaveLength(targetsOf("TJ-14-5").length);
    expect(new Set(tianjin.map((r) => r.planCode))).toEqual(new Set(["TJ-14-5"]));
    const wenzhou = (await listTargetExportRows(await actingUser("leader"), {}))!;
    expect(wenzhou).toHaveLength(targetsOf("WZ-2023-80").length);
    expect(new Set(wenzhou.map((r) => r.planCode))).toEqual(new Set(["WZ-2023-80"]));
  });

  it("answers another region's plan exactly like an unknown one", async () => {
    const staff = await actingUser("staff");
    expect(await listTargetExportRows(staff, { planCode: "TJ-14-5" })).toBeNull();
    expect(await listTargetExportRows(staff, { planCode: "NO-SUCH-PLAN" })).toBeNull();
    expect(await listTargetExportRows(staff, { planCode: "WZ-2023-80" })).toHaveLength(targetsOf("WZ-2023-80").length);
  });

  it.each(["wmu1", "wjw", "admin", "auditor"])("refuses %s, whose role may not export", async (username) => {
    const denied = listTargetExportRows(await actingUser(username), {});
    await expect(denied).rejects.toBeInstanceOf(AppError);
    await expect(denied).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("leaves archived targets out", async () => {
    const target = await db.prisma.target.findFirstOrThrow({ where: { plan: { code: "GZ-942" } }, select: { id: true, code: true } });
    await db.prisma.target.update({ where: { id: target.id }, data: { archivedAt: new Date() } });
    try {
      const rows = (await exportTargetsAsSystem(db.prisma, { planCode: "GZ-942" }))!;
      expect(rows).toHaveLength(targetsOf("GZ-942").length - 1);
      expect(rows.map((r) => r.code)).not.toContain(target.code);
    } finally {
      await db.prisma.target.update({ where: { id: target.id }, data: { archivedAt: null } });
    }
  });

  it("refuses the system export inside the Next.js server", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    try {
      expect(() => exportTargetsAsSystem(db.prisma, {})).toThrow(/仅供命令行使用/);
    } finally {
      delete process.env.NEXT_RUNTIME;
    }
  });
});
