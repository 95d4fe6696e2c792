import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "@/seed";
import { backends, migratedDatabase, type TestDatabase } from "../helpers/database";

describe.each(backends())("database constraints on %s", (backend) => {
  let db: TestDatabase;
  let targetId: string;
  let hospitalId: string;
  let unitId: string;
  beforeAll(async () => {
    db = await migratedDatabase(backend);
    await seedDatabase(db.prisma, { demo: false });
    targetId = (await db.prisma.target.findFirstOrThrow({ select: { id: true } })).id;
    hospitalId = (await db.prisma.hospital.findFirstOrThrow({ select: { id: true } })).id;
    unitId = (await db.prisma.responsibleUnit.findFirstOrThrow({ select: { id: true } })).id;
  });
  afterAll(() => db?.close());

  it("an assignment names exactly one reporter", async () => {
    await expect(db.prisma.assignment.create({ data: { targetId } })).rejects.toThrow(/Assignment_one_reporter/);
    await expect(db.prisma.assignment.create({ data: { targetId, hospitalId, unitId } })).rejects.toThrow(/Assignment_one_reporter/);
  });

  it("a reporter has one report per period", async () => {
    const region = await db.prisma.region.findFirstOrThrow({ select: { id: true } });
    const period = await db.prisma.reportingPeriod.create({
      data: { regionId: region.id, year: 2030, quarter: 1, opensOn: new Date("2030-03-20"), deadline: new Date("2030-04-10") },
    });
    await db.prisma.progressReport.create({ data: { periodId: period.id, hospitalId } });
    await expect(db.prisma.progressReport.create({ data: { periodId: period.id, hospitalId } })).rejects.toThrow(/Unique constraint/);
    await expect(db.prisma.progressReport.create({ data: { periodId: period.id } })).rejects.toThrow(/ProgressReport_one_reporter/);
  });

  it("a period's quarter is 1–4", async () => {
    const region = await db.prisma.region.findFirstOrThrow({ select: { id: true } });
    await expect(
      db.prisma.reportingPeriod.create({ data: { regionId: region.id, year: 2030, quarter: 5, opensOn: new Date("2030-03-20"), deadline: new Date("2030-04-10") } }),
    ).rejects.toThrow(/ReportingPeriod_quarter_range/);
  });
});
