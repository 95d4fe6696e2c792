/**
 * Fresh, migrated databases for integration tests: an in-memory PGlite always, and a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL when it is set. A guard
 * refuses any server that is not on this machine.
 */
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { prismaForPglite, prismaForPostgres, type Db } from "@/lib/db/client";
import { pgliteSql, postgresSql, type SqlConnection } from "@/lib/db/sql";
import { migrate, type LocalMigration } from "@/lib/migrate";

export type Backend = "pglite" | "postgresql";

export interface TestDatabase {
  backend: Backend;
  prisma: Db;
  sql: SqlConnection;
  /** A connection string for a second client (PostgreSQL only). */
  url: string | null;
  close(): Promise<void>;
}

export function backends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgresql"] : ["pglite"];
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1", ""]);

function serverUrl(): URL {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  if (!LOCAL_HOSTS.has(url.hostname)) throw new Error(`拒绝在非本机数据库上运行测试：${url.hostname}`);
  return url;
}

/** An empty database, not migrated. */
export async function emptyDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === "pglite") {
    const pglite = await PGlite.create();
    const handle = prismaForPglite(pglite);
    return { backend, prisma: handle.prisma, sql: pgliteSql(pglite, { closeDb: false }), url: null, close: handle.close };
  }
  const admin = await postgresSql(serverUrl().toString());
  const name = `test_${randomBytes(6).toString("hex")}`;
  await admin.exec(`CREATE DATABASE "${name}"`);
  const url = serverUrl();
  url.pathname = `/${name}`;
  const handle = prismaForPostgres(url.toString());
  const sql = await postgresSql(url.toString());
  return {
    backend,
    prisma: handle.prisma,
    sql,
    url: url.toString(),
    async close() {
      await handle.close();
      await sql.close();
      await admin.exec(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.close();
    },
  };
}

export async function migratedDatabase(backend: Backend, migrations?: LocalMigration[]): Promise<TestDatabase> {
  const db = await emptyDatabase(backend);
  await migrate(db.sql, migrations);
  return db;
}

/** Points lib/db.ts at a test database, so DAL functions run against it unchanged. */
export function useAsAppDatabase(prisma: Db) {
  (globalThis as unknown as { __db?: Db }).__db = prisma;
}
