import { randomInt } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import type { AuditOutcome, Role } from "../generated/prisma/enums";
import { auditChainKey } from "../auth/secret";
import { chainHash, type ChainedContent } from "./chain";

/** Who acts, and from where. `system` for scripts. */
export interface AuditActor {
  userId: string | null;
  username: string | null;
  role: Role | null;
  regionId: string | null;
  ip: string | null;
  userAgent: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, username: "system", role: null, regionId: null, ip: null, userAgent: null };

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  entityType?: string;
  entityId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  detail?: Prisma.InputJsonValue;
}

/**
 * The log is this many hash chains side by side. Appending to a chain is serialized by that
 * chain's lock until the transaction commits, and every write of the platform appends one
 * event, so a single chain made every write transaction wait for the one before it (issue #5,
 * the quarter-end rush). 16 is more than the connections one app server opens by default
 * (DATABASE_POOL_SIZE 10), so a writer almost always finds a free chain, while verification
 * and the auditor's list of heads stay small. Changing it later is safe: verification checks
 * whatever chains the table holds.
 */
export const AUDIT_CHAINS = 16;

/** Advisory locks (AUDIT_CHAIN_LOCK, chain): the pair form, apart from every single-key lock. */
const AUDIT_CHAIN_LOCK = 4_242_001;

/** The chain a transaction already extends: its later events follow on the same chain, never wait on a second lock. */
const chainOfTransaction = new WeakMap<Prisma.TransactionClient, number>();

/**
 * Takes the lock of a free chain, trying them all in one round trip from a random start;
 * when every chain is busy, waits for the one it started at.
 */
async function lockAChain(tx: Prisma.TransactionClient): Promise<number> {
  const held = chainOfTransaction.get(tx);
  if (held !== undefined) return held;
  const start = randomInt(AUDIT_CHAINS);
  // The MATERIALIZED CTE is a fence: without it PostgreSQL evaluates the filter inside the
  // scan of generate_series and takes every free lock, and LIMIT stops nothing. Through the
  // fence the locks are tried one row at a time, and LIMIT stops at the first one taken.
  const free = await tx.$queryRaw<{ chain: number }[]>`
    WITH candidates AS MATERIALIZED (SELECT (${start}::int + i) % ${AUDIT_CHAINS}::int AS k FROM generate_series(0, ${AUDIT_CHAINS - 1}::int) AS i ORDER BY i)
    SELECT k AS chain FROM candidates WHERE pg_try_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::int, k) LIMIT 1`;
  let chain = free[0]?.chain;
  if (chain === undefined) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::int, ${start}::int)`;
    chain = start;
  }
  chainOfTransaction.set(tx, chain);
  return chain;
}

/**
 * Appends one event inside the caller's transaction: if the change fails, so does its
 * audit record, and the other way round. Call it last in the transaction, so the chain's
 * lock is held only for the insert and the commit. The chain's last hash is read after its
 * lock is taken (a statement of its own: under READ COMMITTED it sees the previous holder's
 * commit), so each chain stays linear in id order.
 */
export async function recordAudit(tx: Prisma.TransactionClient, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const chain = await lockAChain(tx);
  const last = await tx.auditEvent.findFirst({ where: { chain }, orderBy: { id: "desc" }, select: { hash: true } });
  const content: ChainedContent = {
    occurredAt: new Date(),
    ...actor,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    outcome: entry.outcome,
    before: entry.before ?? null,
    after: entry.after ?? null,
    detail: entry.detail ?? null,
    chain,
  };
  const prevHash = last?.hash ?? null;
  await tx.auditEvent.create({
    data: {
      ...content,
      role: actor.role,
      outcome: entry.outcome,
      before: entry.before,
      after: entry.after,
      detail: entry.detail,
      prevHash,
      hash: chainHash(auditChainKey(), prevHash, content),
    },
  });
}

/** The fields that changed between two versions of a record, for before/after. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (canonical(before[key]) !== canonical(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

const canonical = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null));
