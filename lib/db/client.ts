import { createHash } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { pgliteDataDir, type DatabaseTarget } from "./target";

/** Password hashes and TOTP secrets never leave the data layer unless a query asks for them. */
const omit = { user: { passwordHash: true, totpSecret: true } } as const;

export type Db = PrismaClient<never, typeof omit>;

export interface DbHandle {
  prisma: Db;
  close: () => Promise<void>;
}

/**
 * Under a rush every pooled connection can be busy for a while; Prisma's defaults (2 s to get
 * one, 5 s per transaction) then fail a write with a 500 that the client retries, doubling its
 * work just when the server is busiest. Waiting longer is cheaper (docs/decisions/006).
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

/**
 * Named statements are prepared once per connection, so PostgreSQL parses and plans the
 * platform's repeated statements (every write of the rush runs the same dozen) once instead of
 * on every call. The first STATEMENT_NAMES distinct texts get a name; later ones (lists of
 * varying length make new texts) run unnamed, so a connection never holds more than that
 * many. Connections are also renewed hourly, which returns what the statements hold.
 */
const STATEMENT_NAMES = 400;
const statementNames = new Map<string, string>();
/** The statement's name, or "" (pg's unnamed statement) once the names are used up. */
function statementName({ sql }: { sql: string }): string {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < STATEMENT_NAMES) {
    name = `p${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
    statementNames.set(sql, name);
  }
  return name ?? "";
}

export function prismaForPostgres(url: string): DbHandle {
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  const adapter = new PrismaPg({ connectionString: url, max, maxLifetimeSeconds: 3600 }, { statementNameGenerator: statementName });
  const prisma = new PrismaClient({ adapter, omit, transactionOptions: TRANSACTION_OPTIONS });
  return { prisma, close: () => prisma.$disconnect() };
}

export function prismaForPglite(pglite: PGlite): DbHandle {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), omit });
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

export function createPrismaClient(target: DatabaseTarget): DbHandle {
  return target.kind === "postgresql" ? prismaForPostgres(target.url) : prismaForPglite(new PGlite(pgliteDataDir(target)));
}
