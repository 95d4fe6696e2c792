/**
 * The pieces of the audit-log queries that need no database: the filter as a Prisma `where`,
 * China Standard Time day bounds, and stored rows as plain records (lib/dal/audit.ts runs them).
 */
import type { Prisma } from "../generated/prisma/client";
import type { AuditOutcome, Role } from "../generated/prisma/enums";
import type { TAuditFilters } from "../validation/audit";

/** China has kept UTC+8 without daylight saving since 1991, so a day is a fixed offset. */
const CHINA_OFFSET = "+08:00";
const DAY_MS = 86_400_000;

/** The instant a calendar day ("2026-11-22") begins in Beijing. */
export function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00${CHINA_OFFSET}`);
}

/**
 * An auditor sees the events of users in their region's subtree, and the events that belong
 * to no region at all: the system's own (seed, scripts) and failed sign-ins under usernames
 * that do not exist. Those have no region to scope by, and hiding them from every auditor
 * would hide password-guessing from everyone (issue #4, 安全审计).
 */
export function auditScope(regionIds: readonly string[]): Prisma.AuditEventWhereInput {
  return { OR: [{ regionId: { in: [...regionIds] } }, { regionId: null }] };
}

export function auditEventWhere(filters: TAuditFilters, regionIds: readonly string[]): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [auditScope(regionIds)];
  if (filters.user) and.push({ username: { contains: filters.user, mode: "insensitive" } });
  if (filters.action) and.push(filters.action.endsWith(".") ? { action: { startsWith: filters.action } } : { action: filters.action });
  if (filters.entityType) and.push({ entityType: filters.entityType });
  if (filters.entityId) and.push({ entityId: filters.entityId });
  if (filters.outcome) and.push({ outcome: filters.outcome });
  if (filters.from) and.push({ occurredAt: { gte: chinaDayStart(filters.from) } });
  if (filters.to) and.push({ occurredAt: { lt: new Date(chinaDayStart(filters.to).getTime() + DAY_MS) } });
  return { AND: and };
}

/** Everything but the chain's hashes, which mean nothing to a reader (npm run audit:verify checks them). */
export const AUDIT_EVENT_SELECT = {
  id: true,
  occurredAt: true,
  userId: true,
  username: true,
  role: true,
  regionId: true,
  ip: true,
  userAgent: true,
  action: true,
  entityType: true,
  entityId: true,
  outcome: true,
  before: true,
  after: true,
  detail: true,
} satisfies Prisma.AuditEventSelect;

type StoredEvent = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_EVENT_SELECT }>;

/** One event as the auditor's pages show it; the id as a string (a BigInt cannot cross to the browser). */
export interface AuditEventRecord {
  id: string;
  occurredAt: Date;
  userId: string | null;
  username: string | null;
  role: Role | null;
  regionName: string | null;
  ip: string | null;
  userAgent: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  outcome: AuditOutcome;
  before: unknown;
  after: unknown;
  detail: unknown;
}

export function toAuditEventRecord(row: StoredEvent, regionNames: ReadonlyMap<string, string>): AuditEventRecord {
  const { id, regionId, ...rest } = row;
  return { ...rest, id: id.toString(), regionName: regionId ? (regionNames.get(regionId) ?? null) : null };
}

/** The filters without empty fields, as they go into an audit.view / audit.export event's detail. */
export function filtersDetail(filters: TAuditFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}
