import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/audit/record";
import { verifyAuditLog } from "@/lib/audit/verify";
import { backends, migratedDatabase, type TestDatabase } from "../helpers/database";

describe.each(backends())("audit log on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedDatabase(backend);
    for (let i = 0; i < 5; i++) {
      await db.prisma.$transaction((tx) =>
        recordAudit(tx, { ...SYSTEM_ACTOR, ip: "127.0.0.1" }, { action: "test.event", outcome: "SUCCESS", entityType: "Test", entityId: String(i), after: { n: i, label: "测试" } }),
      );
    }
  });
  afterAll(() => db?.close());

  it("chains every event to the one before it, and verifies", async () => {
    const rows = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(rows).toHaveLength(5);
    expect(rows[0].prevHash).toBeNull();
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
    expect(await verifyAuditLog(db.prisma)).toMatchObject({ checked: 5, breaks: [], head: rows[4].hash });
  });

  it("rejects UPDATE, DELETE and TRUNCATE by the application's database user", async () => {
    await expect(db.sql.exec(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/只允许追加/);
    await expect(db.sql.exec(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/只允许追加/);
    await expect(db.sql.exec(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/只允许追加/);
    await expect(db.prisma.auditEvent.deleteMany({})).rejects.toThrow();
    expect(await db.prisma.auditEvent.count()).toBe(5);
  });

  it("refuses to purge anything younger than 180 days, even when purging is asked for", async () => {
    await expect(db.sql.exec(`BEGIN; SET LOCAL audit.purge = 'on'; DELETE FROM "AuditEvent"; COMMIT;`)).rejects.toThrow(/只允许追加/);
    await db.sql.exec("ROLLBACK").catch(() => undefined);
    expect(await db.prisma.auditEvent.count()).toBe(5);
  });

  it("rolls the audit record back with the change it records", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await recordAudit(tx, SYSTEM_ACTOR, { action: "test.rolledBack", outcome: "SUCCESS" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.prisma.auditEvent.count({ where: { action: "test.rolledBack" } })).toBe(0);
  });

  it("detects a row edited by a superuser who bypassed the trigger, and a deleted row", async () => {
    const rows = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    await db.sql.exec(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
    await db.sql.exec(`UPDATE "AuditEvent" SET detail = '{"forged":true}' WHERE id = ${rows[2].id}`);
    await db.sql.exec(`DELETE FROM "AuditEvent" WHERE id = ${rows[3].id}`);
    await db.sql.exec(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
    const result = await verifyAuditLog(db.prisma);
    expect(result.breaks).toEqual([
      { id: rows[2].id, reason: "hash" },
      { id: rows[4].id, reason: "link" },
    ]);
  });
});
