import type { Db } from "../db/client";
import type { AuditEvent } from "../generated/prisma/client";
import { auditChainKey } from "../auth/secret";
import { headsDigest, verifyChain, type ChainBreak, type ChainHead } from "./chain";

export interface AuditVerification {
  checked: number;
  breaks: ChainBreak[];
  /** Each chain's newest event: record them elsewhere to detect a truncated tail later. */
  heads: ChainHead[];
  /** One value standing for all heads (see headsDigest). */
  headsDigest: string | null;
}

const BATCH = 2000;

/** The chains the table holds, whatever AUDIT_CHAINS is now: an old chain is still checked. */
async function chainsOf(prisma: Db): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ chain: number }[]>`SELECT DISTINCT chain FROM "AuditEvent" ORDER BY chain`;
  return rows.map((r) => r.chain);
}

/** Re-computes one chain, oldest first, in batches. */
async function verifyOneChain(prisma: Db, key: string, chain: number): Promise<{ head: ChainHead; breaks: ChainBreak[] }> {
  let cursor: bigint | null = null;
  const head: ChainHead = { chain, checked: 0, id: null, hash: null };
  const breaks: ChainBreak[] = [];
  for (;;) {
    const rows: AuditEvent[] = await prisma.auditEvent.findMany({
      where: cursor === null ? { chain } : { chain, id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) break;
    const result = verifyChain(key, rows, head.hash);
    head.checked += result.checked;
    head.hash = result.head;
    breaks.push(...result.breaks);
    cursor = head.id = rows[rows.length - 1].id;
  }
  return { head, breaks };
}

/** Re-computes every chain separately; breaks are listed in id order. */
export async function verifyAuditLog(prisma: Db, key = auditChainKey()): Promise<AuditVerification> {
  const heads: ChainHead[] = [];
  const breaks: ChainBreak[] = [];
  for (const chain of await chainsOf(prisma)) {
    const result = await verifyOneChain(prisma, key, chain);
    heads.push(result.head);
    breaks.push(...result.breaks);
  }
  breaks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { checked: heads.reduce((n, h) => n + h.checked, 0), breaks, heads, headsDigest: headsDigest(heads) };
}
