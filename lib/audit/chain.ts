/**
 * The audit log's tamper evidence: every event's hash is an HMAC over the previous event's
 * hash in its chain and the event's own content, so editing, inserting or deleting a row
 * inside a chain breaks every hash after it. The log is AUDIT_CHAINS such chains side by
 * side (lib/audit/record.ts, docs/decisions/006-audit-chains-and-submit-throughput.md).
 * Pure: the key is passed in.
 */
import { createHash, createHmac } from "node:crypto";

export interface ChainedContent {
  occurredAt: Date;
  userId: string | null;
  username: string | null;
  role: string | null;
  regionId: string | null;
  ip: string | null;
  userAgent: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: string;
  before: unknown;
  after: unknown;
  detail: unknown;
  /** The chain the event extends. */
  chain: number;
}

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The chain number is hashed, so a row moved to another chain (even to the start of an empty
 * one, where no link would betray it) no longer verifies. Chain 0 hashes without it: that is
 * exactly the content of the events written while the log was a single chain, which stay valid.
 */
function hashedContent({ chain, ...rest }: ChainedContent): object {
  return chain === 0 ? rest : { ...rest, chain };
}

export function chainHash(key: string, prevHash: string | null, content: ChainedContent): string {
  return createHmac("sha256", key)
    .update(prevHash ?? "GENESIS")
    .update("\n")
    .update(canonicalJson(hashedContent(content)))
    .digest("hex");
}

export interface ChainRow extends ChainedContent {
  id: bigint;
  prevHash: string | null;
  hash: string;
}

export interface ChainBreak {
  id: bigint;
  chain: number;
  reason: "hash" | "link";
}

/**
 * Walks the rows of one chain in id order. The chain's first row's prevHash is taken on trust
 * (older rows may have been purged after their 180-day retention); every later link and every
 * hash must hold. `previous` continues a walk done in batches.
 */
export function verifyChain(key: string, rows: Iterable<ChainRow>, previous: string | null = null): { checked: number; breaks: ChainBreak[]; head: string | null } {
  const breaks: ChainBreak[] = [];
  let checked = 0;
  let head = previous;
  for (const row of rows) {
    if (checked > 0 || previous !== null) {
      if (row.prevHash !== head) breaks.push({ id: row.id, chain: row.chain, reason: "link" });
    }
    if (chainHash(key, row.prevHash, contentOf(row)) !== row.hash) breaks.push({ id: row.id, chain: row.chain, reason: "hash" });
    head = row.hash;
    checked++;
  }
  return { checked, breaks, head };
}

/** Exactly the hashed fields of a stored row (not its id or hashes). */
export function contentOf(row: ChainedContent): ChainedContent {
  const { occurredAt, userId, username, role, regionId, ip, userAgent, action, entityType, entityId, outcome, before, after, detail, chain } = row;
  return { occurredAt, userId, username, role, regionId, ip, userAgent, action, entityType, entityId, outcome, before, after, detail, chain };
}

export interface ChainHead {
  chain: number;
  checked: number;
  /** The newest event of the chain, or null for a chain without events. */
  id: bigint | null;
  hash: string | null;
}

/**
 * One value that stands for all heads, for an auditor to write down: SHA-256 over one
 * `chain:id:hash` line per chain. Recorded next to the list of heads, it shows the list was
 * not altered; each head then shows its chain was not cut short.
 */
export function headsDigest(heads: readonly ChainHead[]): string | null {
  if (heads.length === 0) return null;
  const lines = [...heads].sort((a, b) => a.chain - b.chain).map((h) => `${h.chain}:${h.id ?? ""}:${h.hash ?? ""}\n`);
  return createHash("sha256").update(lines.join("")).digest("hex");
}
