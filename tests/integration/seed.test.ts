import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPlanBundles } from "@/seed/data";
import { DEMO_ACCOUNTS } from "@/seed/demo";
import { isSeeded, seedDatabase } from "@/seed";
import { backends, migratedDatabase, type TestDatabase } from "../helpers/database";

describe.each(backends())("seed on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedDatabase(backend);
  });
  afterAll(() => db?.close());

  it("loads every plan, task and target of the seed data into an empty database", async () => {
    expect(await isSeeded(db.prisma)).toBe(false);
    const stats = await seedDatabase(db.prisma, { demo: false });
    expect(stats.changed).toBeGreaterThan(0);
    const bundles = loadPlanBundles();
    for (const b of bundles) {
      const plan = await db.prisma.plan.findUniqueOrThrow({
        where: { code: b.plan.code },
        select: { title: true, _count: { select: { tasks: true, targets: true } } },
      });
      expect(plan.title).toBe(b.plan.title);
      expect(plan._count.tasks).toBe(b.parts.flatMap((p) => p.tasks).length);
      expect(plan._count.targets).toBe(b.parts.flatMap((p) => p.targets).length);
    }
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("changes nothing when run again, not even updatedAt", async () => {
    const before = await db.prisma.target.aggregate({ _max: { updatedAt: true }, _count: true });
    const stats = await seedDatabase(db.prisma, { demo: false });
    expect(stats.changed).toBe(0);
    expect(await db.prisma.target.aggregate({ _max: { updatedAt: true }, _count: true })).toEqual(before);
  });

  it("adds the demo layer on top, once", async () => {
    await seedDatabase(db.prisma, { demo: true });
    const users = await db.prisma.user.findMany({ select: { username: true, isDemo: true, role: true } });
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    expect(users.every((u) => u.isDemo)).toBe(true);
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(["ADMIN", "STAFF", "HOSPITAL_REPORTER", "UNIT_REPORTER", "LEADER", "AUDITOR"]));
    expect(await db.prisma.reportingPeriod.count({ where: { status: "OPEN" } })).toBeGreaterThan(0);

    const again = await seedDatabase(db.prisma, { demo: true });
    expect(again.changed).toBe(0);
  });

});

describe("seed crash", () => {
  it("leaves an empty database empty when loading fails midway, so the next start seeds again", async () => {
    const db = await migratedDatabase("pglite");
    try {
      const [first, ...rest] = loadPlanBundles();
      // A later plan whose region is unknown fails after the first plan has been written.
      const broken = { ...rest[0], plan: { ...rest[0].plan, code: "BROKEN", regionCode: "999999" } };
      await expect(seedDatabase(db.prisma, { demo: false, bundles: [first, broken] })).rejects.toThrow();
      expect(await isSeeded(db.prisma)).toBe(false);
      expect(await db.prisma.task.count()).toBe(0);
      await seedDatabase(db.prisma, { demo: false });
      expect(await isSeeded(db.prisma)).toBe(true);
    } finally {
      await db.close();
    }
  });
});
