import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { pgliteDataDir, type DatabaseTarget } from "./target";

/**
 * A plain SQL connection for what Prisma's client does not do: running migration
 * scripts, advisory locks, catalog checks. One connection, not a pool.
 */
export interface SqlConnection {
  readonly kind: DatabaseTarget["kind"];
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSql(target: DatabaseTarget): Promise<SqlConnection> {
  if (target.kind === "pglite") {
    const db = await PGlite.create(pgliteDataDir(target));
    return {
      kind: "pglite",
      query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
      exec: async (sql) => {
        await db.exec(sql);
      },
      close: () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    kind: "postgresql",
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    exec: async (sql) => {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}
