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
 * Takes the lock of a free chain and reads its last hash in one round trip (the function
 * audit_chain_head, migration 20261123061500): it tries every chain's lock from a random start
 * and, when all are busy, waits for the one it started at. A transaction that already holds a
 * chain asks for that chain first, and gets it at once.
 */
async function lockAChain(tx: Prisma.TransactionClient): Promise<{ chain: number; lastHash: string | null }> {
  const start = chainOfTransaction.get(tx) ?? randomInt(AUDIT_CHAINS);
  const [head] = await tx.$queryRaw<{ chain: number; lastHash: string | null }[]>`
    SELECT chain, "lastHash" FROM audit_chain_head(${AUDIT_CHAIN_LOCK}::int, ${start}::int, ${AUDIT_CHAINS}::int)`;
  chainOfTransaction.set(tx, head.chain);
  return head;
}

/**
 * Appends one event inside the caller's transaction: if the change fails, so does its
 * audit record, and the other way round. Call it last in the transaction, so the chain's
 * lock is held only for the insert and the commit. The chain's last hash is read after its
 * lock is taken (by a query with a snapshot of its own, so it sees the previous holder's
 * commit), so each chain stays linear in id order.
 */
export async function recordAudit(tx: Prisma.TransactionClient, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const { chain, lastHash: prevHash } = await lockAChain(tx);
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
    select: { id: true },
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
