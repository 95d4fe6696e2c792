import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "../generated/prisma/client";

/**
 * The interactive transaction a staff write is running in (lib/dal/manage/write.ts), for the
 * few shared readers called from inside it that cannot be handed `tx` by every caller — the
 * plan texts staff enter (lib/source-documents.ts), read by the quote checks of tasks, targets
 * and designations. On the embedded PGlite there is one connection: a read through `db` while
 * the transaction holds it would wait for the transaction, which waits for the read, until
 * the transaction times out. Reading through the transaction also sees its own writes.
 */
const scope = new AsyncLocalStorage<Prisma.TransactionClient>();

export function withinTransaction<T>(tx: Prisma.TransactionClient, run: () => T): T {
  return scope.run(tx, run);
}

export function currentTransaction(): Prisma.TransactionClient | null {
  return scope.getStore() ?? null;
}
