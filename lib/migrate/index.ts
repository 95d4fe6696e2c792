/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql to PGlite or PostgreSQL and
 * records them in _prisma_migrations exactly as `prisma migrate deploy` does, so an
 * operator with Prisma's schema engine can still run `prisma migrate status|deploy` on the
 * same database. Prisma's own engine cannot be downloaded here (ENVIRONMENT.md).
 */
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { SqlConnection } from "../db/sql";

/** The advisory lock key Prisma Migrate itself takes, so the two exclude each other. */
const PRISMA_MIGRATE_LOCK = 72707369;

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export class MigrationError extends Error {}

export function readMigrations(dir = MIGRATIONS_DIR): LocalMigration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrateResult {
  applied: string[];
  latest: string | null;
}

/** Applies every pending migration, each in its own transaction. Safe to run twice or concurrently. */
export async function migrate(conn: SqlConnection, migrations = readMigrations()): Promise<MigrateResult> {
  await conn.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
  try {
    await conn.exec(CREATE_TABLE);
    const rows = await conn.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) {
      throw new MigrationError(`迁移 ${failed.migration_name} 曾执行失败，请人工处理后再运行（Prisma P3009）`);
    }
    for (const m of migrations) {
      const row = done.get(m.name);
      if (row && row.checksum !== m.checksum) {
        throw new MigrationError(`已执行的迁移 ${m.name} 的文件被修改过（校验和不一致），拒绝继续`);
      }
    }
    const applied: string[] = [];
    for (const m of migrations.filter((x) => !done.has(x.name))) {
      await applyOne(conn, m);
      applied.push(m.name);
    }
    return { applied, latest: await latestMigration(conn) };
  } finally {
    await conn.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
  }
}

async function applyOne(conn: SqlConnection, m: LocalMigration) {
  await conn.exec("BEGIN");
  try {
    await conn.exec(m.sql);
    await conn.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), m.checksum, m.name],
    );
    await conn.exec("COMMIT");
  } catch (e) {
    await conn.exec("ROLLBACK");
    throw new MigrationError(`迁移 ${m.name} 执行失败，已回滚：${(e as Error).message}`);
  }
}

export async function latestMigration(conn: SqlConnection): Promise<string | null> {
  const exists = await conn.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
  if (!exists[0]?.t) return null;
  const rows = await conn.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
     ORDER BY migration_name DESC LIMIT 1`,
  );
  return rows[0]?.migration_name ?? null;
}
