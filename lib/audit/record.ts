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

/** Any lock key unique to the platform; serializes appends so the chain stays linear. */
const AUDIT_CHAIN_LOCK = 4_242_001;

/**
 * Appends one event inside the caller's transaction: if the change fails, so does its
 * audit record, and the other way round. Call it last in the transaction, so the chain's
 * lock is held only for the insert and the commit.
 */
export async function recordAudit(tx: Prisma.TransactionClient, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
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
