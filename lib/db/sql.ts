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

export function pgliteSql(db: PGlite, { closeDb = true } = {}): SqlConnection {
  return {
    kind: "pglite",
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: async () => {
      if (closeDb) await db.close();
    },
  };
}

export async function postgresSql(url: string): Promise<SqlConnection> {
  const client = new pg.Client({ connectionString: url });
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

export async function openSql(target: DatabaseTarget): Promise<SqlConnection> {
  return target.kind === "pglite" ? pgliteSql(await PGlite.create(pgliteDataDir(target))) : postgresSql(target.url);
}
