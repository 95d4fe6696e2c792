import "server-only";
import { databaseKind, db } from "../db";
import { m } from "../i18n";

export type Health =
  | { status: "ok"; database: "pglite" | "postgresql"; migration: string | null }
  | { status: "error"; database: "pglite" | "postgresql"; reason: string };

/** Whether the database answers, and which migration it is at. Public: reveals no data. */
export async function checkHealth(): Promise<Health> {
  const database = databaseKind();
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY migration_name DESC LIMIT 1`;
    return { status: "ok", database, migration: rows[0]?.migration_name ?? null };
  } catch (e) {
    console.error("health check failed", e);
    return { status: "error", database, reason: m.errors.databaseUnavailable };
  }
}
