import type { Db } from "../db/client";
import type { AuditEvent } from "../generated/prisma/client";
import { auditChainKey } from "../auth/secret";
import { verifyChain, type ChainBreak } from "./chain";

export interface AuditVerification {
  checked: number;
  breaks: ChainBreak[];
  /** The newest hash: record it elsewhere to detect a truncated tail later. */
  head: string | null;
}

const BATCH = 2000;

/** Re-computes the whole HMAC chain, oldest first, in batches. */
export async function verifyAuditLog(prisma: Db, key = auditChainKey()): Promise<AuditVerification> {
  let cursor: bigint | null = null;
  let head: string | null = null;
  let checked = 0;
  const breaks: ChainBreak[] = [];
  for (;;) {
    const rows: AuditEvent[] = await prisma.auditEvent.findMany({
      where: cursor === null ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    const result = verifyChain(key, rows, checked === 0 ? null : head);
    checked += result.checked;
    breaks.push(...result.breaks);
    head = result.head;
    cursor = rows[rows.length - 1].id;
  }
  return { checked, breaks, head };
}
