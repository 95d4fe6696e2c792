import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEvent } from "@/lib/generated/prisma/client";
import { AUDIT_CHAINS, recordAudit, SYSTEM_ACTOR } from "@/lib/audit/record";
import { verifyAuditLog } from "@/lib/audit/verify";
import { backends, migratedDatabase, type TestDatabase } from "../helpers/database";

const EVENTS = 64;

/** Rows grouped by chain, each chain in id order. */
function byChain(rows: AuditEvent[]): Map<number, AuditEvent[]> {
  const chains = new Map<number, AuditEvent[]>();
  for (const row of [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))) chains.set(row.chain, [...(chains.get(row.chain) ?? []), row]);
  return chains;
}

/** Writes `n` events at once, each in its own transaction that overlaps the others. */
async function concurrentEvents(db: TestDatabase, n: number, label: string) {
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      db.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT pg_sleep(0.005)`;
        await recordAudit(tx, { ...SYSTEM_ACTOR, ip: "127.0.0.1" }, { action: "test.concurrent", outcome: "SUCCESS", entityType: "Test", entityId: `${label}-${i}` });
      }),
    ),
  );
}

/** A superuser's edits, with the append-only trigger switched off for them. */
async function asSuperuser(db: TestDatabase, sql: string) {
  await db.sql.exec(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
  await db.sql.exec(sql);
  await db.sql.exec(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
}

describe.each(backends())("audit log on %s", (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await migratedDatabase(backend);
    for (let i = 0; i < EVENTS; i++) {
      await db.prisma.$transaction((tx) =>
        recordAudit(tx, { ...SYSTEM_ACTOR, ip: "127.0.0.1" }, { action: "test.event", outcome: "SUCCESS", entityType: "Test", entityId: String(i), after: { n: i, label: "测试" } }),
      );
    }
  });
  afterAll(() => db?.close());

  it("spreads events over the chains, links each to the one before it in its chain, and verifies each chain", async () => {
    const rows = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(rows).toHaveLength(EVENTS);
    const chains = byChain(rows);
    expect(chains.size).toBeGreaterThan(1);
    for (const [chain, events] of chains) {
      expect(chain).toBeGreaterThanOrEqual(0);
      expect(chain).toBeLessThan(AUDIT_CHAINS);
      expect(events[0].prevHash).toBeNull();
      for (let i = 1; i < events.length; i++) expect(events[i].prevHash).toBe(events[i - 1].hash);
    }
    const result = await verifyAuditLog(db.prisma);
    expect(result).toMatchObject({ checked: EVENTS, breaks: [] });
    expect(result.heads.map((h) => [h.chain, h.id, h.hash, h.checked])).toEqual([...chains].sort(([a], [b]) => a - b).map(([chain, events]) => [chain, events.at(-1)!.id, events.at(-1)!.hash, events.length]));
    expect(result.headsDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps every chain linear when many transactions write at once", async () => {
    await concurrentEvents(db, 48, "a");
    const result = await verifyAuditLog(db.prisma);
    expect(result.breaks).toEqual([]);
    expect(result.checked).toBe(EVENTS + 48);
    // No two events claim the same predecessor: a fork would verify in neither order.
    const rows = await db.prisma.auditEvent.findMany({ where: { prevHash: { not: null } }, select: { prevHash: true } });
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(rows.length);
  });

  it.runIf(backend === "postgresql")("waits for a chain when every chain is busy, and chains after the holder's event", async () => {
    const { postgresSql } = await import("@/lib/db/sql");
    const holder = await postgresSql(db.url!);
    try {
      await holder.exec(`BEGIN; SELECT pg_advisory_xact_lock(4242001, k) FROM generate_series(0, ${AUDIT_CHAINS - 1}) k`);
      let done = false;
      const waiting = db.prisma.$transaction((tx) => recordAudit(tx, SYSTEM_ACTOR, { action: "test.waited", outcome: "SUCCESS" })).then(() => (done = true));
      await new Promise((r) => setTimeout(r, 300));
      expect(done).toBe(false);
      await holder.exec("COMMIT");
      await waiting;
    } finally {
      await holder.close();
    }
    expect((await verifyAuditLog(db.prisma)).breaks).toEqual([]);
  });

  it("rejects UPDATE, DELETE and TRUNCATE by the application's database user", async () => {
    const count = await db.prisma.auditEvent.count();
    await expect(db.sql.exec(`UPDATE "AuditEvent" SET action = 'x'`)).rejects.toThrow(/只允许追加/);
    await expect(db.sql.exec(`UPDATE "AuditEvent" SET chain = 1`)).rejects.toThrow(/只允许追加/);
    await expect(db.sql.exec(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/只允许追加/);
    await expect(db.sql.exec(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/只允许追加/);
    await expect(db.prisma.auditEvent.deleteMany({})).rejects.toThrow();
    expect(await db.prisma.auditEvent.count()).toBe(count);
  });

  it("refuses to purge anything younger than 180 days, even when purging is asked for", async () => {
    const count = await db.prisma.auditEvent.count();
    await expect(db.sql.exec(`BEGIN; SET LOCAL audit.purge = 'on'; DELETE FROM "AuditEvent"; COMMIT;`)).rejects.toThrow(/只允许追加/);
    await db.sql.exec("ROLLBACK").catch(() => undefined);
    expect(await db.prisma.auditEvent.count()).toBe(count);
  });

  it("rolls the audit record back with the change it records", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await recordAudit(tx, SYSTEM_ACTOR, { action: "test.rolledBack", outcome: "SUCCESS" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.prisma.auditEvent.count({ where: { action: "test.rolledBack" } })).toBe(0);
    expect((await verifyAuditLog(db.prisma)).breaks).toEqual([]);
  });

  it("holds exactly one chain's lock while it appends, leaving the other chains free", async () => {
    const held = await db.prisma.$transaction(async (tx) => {
      await recordAudit(tx, SYSTEM_ACTOR, { action: "test.oneLock", outcome: "SUCCESS" });
      return tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`;
    });
    expect(Number(held[0].n)).toBe(1);
  });

  it("keeps the events of one transaction on one chain", async () => {
    await db.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await recordAudit(tx, SYSTEM_ACTOR, { action: "test.sameTransaction", outcome: "SUCCESS" });
    });
    const rows = await db.prisma.auditEvent.findMany({ where: { action: "test.sameTransaction" }, orderBy: { id: "asc" } });
    expect(new Set(rows.map((r) => r.chain)).size).toBe(1);
    expect(rows[1].prevHash).toBe(rows[0].hash);
    expect(rows[2].prevHash).toBe(rows[1].hash);
  });

  it("finds an edited, a deleted, an inserted and a moved row, whichever chains they are in", async () => {
    const chains = [...byChain(await db.prisma.auditEvent.findMany())].filter(([, events]) => events.length >= 4);
    expect(chains.length).toBeGreaterThanOrEqual(4);
    const [[editedChain, edited], [deletedChain, deleted], [forgedChain, forged], [, moved]] = chains;
    // The first event of a chain moved to a chain of its own: no link betrays it, only its hash.
    const unused = AUDIT_CHAINS + 5;
    await asSuperuser(
      db,
      `UPDATE "AuditEvent" SET detail = '{"forged":true}' WHERE id = ${edited[1].id};
       DELETE FROM "AuditEvent" WHERE id = ${deleted[1].id};
       INSERT INTO "AuditEvent" (action, outcome, chain, "prevHash", hash) VALUES ('test.forged', 'SUCCESS', ${forgedChain}, '${forged[1].hash}', '${"0".repeat(64)}');
       UPDATE "AuditEvent" SET chain = ${unused} WHERE id = ${moved[0].id};`,
    );
    const forgedRow = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "test.forged" } });
    const result = await verifyAuditLog(db.prisma);
    expect(result.breaks).toEqual(
      expect.arrayContaining([
        { id: edited[1].id, chain: editedChain, reason: "hash" },
        { id: deleted[2].id, chain: deletedChain, reason: "link" },
        { id: forgedRow.id, chain: forgedChain, reason: "hash" },
        { id: moved[0].id, chain: unused, reason: "hash" },
      ]),
    );
    expect(result.heads.map((h) => h.chain)).toContain(unused);
  });
});
