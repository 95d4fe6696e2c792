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

export function prismaForPostgres(url: string): DbHandle {
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }), omit, transactionOptions: TRANSACTION_OPTIONS });
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
