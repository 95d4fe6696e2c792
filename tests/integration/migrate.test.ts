import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { postgresSql } from "@/lib/db/sql";
import { MIGRATIONS_DIR, migrate, readMigrations, type LocalMigration } from "@/lib/migrate";
import { backends, emptyDatabase, type TestDatabase } from "../helpers/database";

describe.each(backends())("migration runner on %s", (backend) => {
  let db: TestDatabase;
  afterEach(() => db?.close());

  it("applies every migration once and records it the way Prisma does", async () => {
    db = await emptyDatabase(backend);
    const local = readMigrations();
    const first = await migrate(db.sql);
    expect(first.applied).toEqual(local.map((m) => m.name));
    expect(first.latest).toBe(local.at(-1)!.name);

    const rows = await db.sql.query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }>(
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      // Prisma's checksum: SHA-256 of the file's bytes, hex.
      const bytes = readFileSync(path.join(MIGRATIONS_DIR, local[i].name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).not.toBeNull();
    }

    const second = await migrate(db.sql);
    expect(second.applied).toEqual([]);
    expect(await db.sql.query(`SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(local.length);
  });

  it("refuses to run when an applied migration's file has changed", async () => {
    db = await emptyDatabase(backend);
    const local = readMigrations();
    await migrate(db.sql, local);
    const edited: LocalMigration[] = local.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrate(db.sql, edited)).rejects.toThrow(/文件被修改过/);
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    db = await emptyDatabase(backend);
    const broken: LocalMigration = {
      name: "29990101000000_broken",
      sql: `CREATE TABLE "Half" (id int); INSERT INTO "Nowhere" VALUES (1);`,
      checksum: "f".repeat(64),
    };
    await expect(migrate(db.sql, [broken])).rejects.toThrow(/已回滚/);
    expect(await db.sql.query(`SELECT to_regclass('"Half"')::text AS t`)).toEqual([{ t: null }]);
    expect(await db.sql.query(`SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(0);
  });

  it.runIf(backend === "postgresql")("is safe to run concurrently (advisory lock)", async () => {
    db = await emptyDatabase(backend);
    const others = await Promise.all([1, 2, 3].map(() => postgresSql(db.url!)));
    try {
      const results = await Promise.all([db.sql, ...others].map((c) => migrate(c)));
      const applied = results.flatMap((r) => r.applied);
      expect(applied).toEqual(readMigrations().map((m) => m.name));
      expect(await db.sql.query(`SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(applied.length);
    } finally {
      await Promise.all(others.map((c) => c.close()));
    }
  });
});
