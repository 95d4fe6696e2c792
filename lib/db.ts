import "server-only";
import { createPrismaClient, type Db } from "./db/client";
import { databaseTarget } from "./db/target";

/**
 * The application's one Prisma client; nothing else knows which backend runs. Created on
 * first use (so `next build` never opens the database) and cached on globalThis so hot
 * reload does not open a second PGlite on the same folder.
 */
const globalForDb = globalThis as unknown as { __db?: Db };

function instance(): Db {
  globalForDb.__db ??= createPrismaClient(databaseTarget()).prisma;
  return globalForDb.__db;
}

export const db: Db = new Proxy({} as Db, {
  get(_, prop) {
    const client = instance();
    const value = Reflect.get(client, prop);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export const databaseKind = () => databaseTarget().kind;
export type { Db };
