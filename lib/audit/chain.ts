/**
 * The audit log's tamper evidence: every event's hash is an HMAC over the previous event's
 * hash and the event's own content, so editing, inserting or deleting a row inside the
 * chain breaks every hash after it. Pure: the key is passed in.
 */
import { createHmac } from "node:crypto";

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

export function chainHash(key: string, prevHash: string | null, content: ChainedContent): string {
  return createHmac("sha256", key)
    .update(prevHash ?? "GENESIS")
    .update("\n")
    .update(canonicalJson(content))
    .digest("hex");
}

export interface ChainRow extends ChainedContent {
  id: bigint;
  prevHash: string | null;
  hash: string;
}

export interface ChainBreak {
  id: bigint;
  reason: "hash" | "link";
}

/**
 * Walks rows in id order. The first row's prevHash is taken on trust (older rows may have
 * been purged after their 180-day retention); every later link and every hash must hold.
 */
export function verifyChain(key: string, rows: Iterable<ChainRow>, previous: string | null = null): { checked: number; breaks: ChainBreak[]; head: string | null } {
  const breaks: ChainBreak[] = [];
  let checked = 0;
  let head = previous;
  for (const row of rows) {
    if (checked > 0 || previous !== null) {
      if (row.prevHash !== head) breaks.push({ id: row.id, reason: "link" });
    }
    if (chainHash(key, row.prevHash, contentOf(row)) !== row.hash) breaks.push({ id: row.id, reason: "hash" });
    head = row.hash;
    checked++;
  }
  return { checked, breaks, head };
}

/** Exactly the hashed fields of a stored row (not its id or hashes). */
export function contentOf(row: ChainedContent): ChainedContent {
  const { occurredAt, userId, username, role, regionId, ip, userAgent, action, entityType, entityId, outcome, before, after, detail } = row;
  return { occurredAt, userId, username, role, regionId, ip, userAgent, action, entityType, entityId, outcome, before, after, detail };
}
