/**
 * prisma/migrations/…_national_root on a database seeded before it (the provinces on top, as
 * `npm start` left it until now): afterwards the tree is exactly the one the seed builds today,
 * so the seed's next run changes nothing, and the file run a second time changes nothing either.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NATIONAL_CODE } from "@/lib/domain/region-code";
import { migrate, readMigrations } from "@/lib/migrate";
import { seedDatabase } from "@/seed";
import { loadPlanBundles, regions } from "@/seed/data";
import { loadPlanBundle, loadRegions } from "@/seed/load";
import { SyncStats } from "@/seed/sync";
import { backends, migratedDatabase, type TestDatabase } from "../helpers/database";

const all = readMigrations();
const mine = all.findIndex((m) => m.name.endsWith("_national_root"));
/** The tree as the seed built it before: the provinces on top, each region's sortOrder its place in that list. */
const before = regions.filter((r) => r.code !== NATIONAL_CODE).map((r) => (r.parentCode === NATIONAL_CODE ? { ...r, parentCode: null } : r));

const snapshot = (db: TestDatabase) =>
  db.prisma.region.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, level: true, parentId: true, path: true, sortOrder: true, updatedAt: true } });

describe.each(backends())("the national root migration on %s", (backend) => {
  let db: TestDatabase;
  let old: Map<string, { path: string; sortOrder: number; parentId: string | null }>;

  beforeAll(async () => {
    expect(mine).toBeGreaterThan(0);
    db = await migratedDatabase(backend, all.slice(0, mine));
    await db.prisma.$transaction(
      async (tx) => {
        const stats = new SyncStats();
        const ids = await loadRegions(tx, before, stats);
        for (const bundle of loadPlanBundles()) await loadPlanBundle(tx, bundle, ids, stats);
        // A county staff added under 温州市 since, and an account in it: both move with the tree.
        const wenzhou = await tx.region.findUniqueOrThrow({ where: { code: "330300" } });
        const added = await tx.region.create({ data: { code: "330390", name: "测试新区", level: "COUNTY", parentId: wenzhou.id, path: `${wenzhou.path}330390/`, sortOrder: 15 } });
        await tx.user.create({ data: { username: "county-staff", displayName: "新区业务员", passwordHash: "x", role: "STAFF", regionId: added.id } });
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
    old = new Map((await snapshot(db)).map((r) => [r.code, r]));
    expect(old.get("330000")).toMatchObject({ path: "/330000/", parentId: null });
    await migrate(db.sql, all);
  }, 10 * 60_000);
  afterAll(() => db?.close());

  it("puts 全国 on top of the provinces and every path under it", async () => {
    const after = await snapshot(db);
    const root = after.find((r) => r.code === NATIONAL_CODE)!;
    expect(root).toMatchObject({ level: "NATIONAL", parentId: null, path: "/100000/", sortOrder: 0 });
    expect(after.filter((r) => r.parentId === null)).toEqual([root]);
    expect(after.filter((r) => r.level === "PROVINCE").map((r) => [r.code, r.parentId])).toEqual([["120000", root.id], ["330000", root.id], ["520000", root.id]]);
    for (const r of after.filter((x) => x.code !== NATIONAL_CODE)) {
      const was = old.get(r.code)!;
      expect([r.code, r.path, r.sortOrder], r.code).toEqual([r.code, `/100000${was.path}`, was.sortOrder + 1]);
      if (was.parentId !== null) expect(r.parentId, r.code).toBe(was.parentId);
    }
    expect(after.find((r) => r.code === "330390")).toMatchObject({ path: "/100000/330000/330300/330390/", sortOrder: 16 });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: "county-staff" }, select: { region: { select: { path: true } } } });
    expect(user.region.path).toBe("/100000/330000/330300/330390/");
  });

  it("leaves the seed nothing to change", async () => {
    const stats = await seedDatabase(db.prisma, { demo: false });
    expect(stats.changed, stats.summary()).toBe(0);
  });

  it("changes nothing when its SQL runs again", async () => {
    const first = await snapshot(db);
    await db.sql.exec("BEGIN");
    await db.sql.exec(all[mine].sql);
    await db.sql.exec("COMMIT");
    expect(await snapshot(db)).toEqual(first);
  });

  it("leaves an empty database empty, for the seed to build the tree", async () => {
    const empty = await migratedDatabase(backend);
    try {
      expect(await empty.prisma.region.count()).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
