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

export function prismaForPostgres(url: string): DbHandle {
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }), omit });
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
