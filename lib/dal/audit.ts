import "server-only";
import { AUDIT_ACTIONS } from "../audit/actions";
import { recordAudit } from "../audit/record";
import { verifyAuditLog } from "../audit/verify";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { TAuditCursor, TAuditFilters } from "../validation/audit";
import { assertCanAudited, auditActorOf } from "./access-audit";
import { AUDIT_EVENT_SELECT, auditEventWhere, filtersDetail, toAuditEventRecord, type AuditEventRecord } from "./audit-query";
import { regionSubtree } from "./scope";

export type { AuditEventRecord } from "./audit-query";

/**
 * The auditor's reading of the audit log (permission audit:read: the auditor only, never the
 * admin, 三权分立). Every look at the log is itself an event, written in the same transaction
 * as the read: no view, export or integrity check leaves no trace, and none is recorded
 * that did not happen. A refused attempt is recorded as DENIED before the 403.
 */

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_CAP = 50_000;

/** 403 for anyone but an auditor, the attempt recorded as DENIED first. */
const refuseUnlessAuditor = (user: SessionUser, action: string) => assertCanAudited(user, "audit:read", { action, entityType: "AuditEvent" });

/** The auditor's region subtree: ids to scope by, names to show. */
async function regionsOf(tx: Prisma.TransactionClient, user: SessionUser) {
  const regions = await tx.region.findMany({ where: regionSubtree(user), select: { id: true, name: true } });
  return { ids: regions.map((r) => r.id), names: new Map(regions.map((r) => [r.id, r.name])) };
}

const andId = (where: Prisma.AuditEventWhereInput, id: Prisma.BigIntFilter): Prisma.AuditEventWhereInput => ({ AND: [where, { id }] });

export interface AuditEventPage {
  events: AuditEventRecord[];
  /** Events matching the filter in the auditor's scope. */
  total: number;
  /** 1-based position of the first event shown, newest first. */
  firstPosition: number;
  /** Cursors for the neighbouring pages, null at either end. */
  newerCursor: TAuditCursor | null;
  olderCursor: TAuditCursor | null;
}

/** One page of events, newest first, keyset-paged by id (ids grow with the chain). */
export async function searchAuditEvents(
  user: SessionUser,
  filters: TAuditFilters,
  { cursor = {} }: { cursor?: TAuditCursor } = {},
): Promise<AuditEventPage> {
  await refuseUnlessAuditor(user, AUDIT_ACTIONS.auditView);
  const actor = await auditActorOf(user);
  const detail = { filters: filtersDetail(filters), page: { ...cursor } };
  return db.$transaction(async (tx) => {
    const regions = await regionsOf(tx, user);
    const where = auditEventWhere(filters, regions.ids);
    const rows =
      "after" in cursor
        ? (await tx.auditEvent.findMany({ where: andId(where, { gt: BigInt(cursor.after) }), orderBy: { id: "asc" }, take: AUDIT_PAGE_SIZE, select: AUDIT_EVENT_SELECT })).reverse()
        : await tx.auditEvent.findMany({
            where: "before" in cursor ? andId(where, { lt: BigInt(cursor.before) }) : where,
            orderBy: { id: "desc" },
            take: AUDIT_PAGE_SIZE,
            select: AUDIT_EVENT_SELECT,
          });
    const total = await tx.auditEvent.count({ where });
    const newest = rows.at(0)?.id;
    const oldest = rows.at(-1)?.id;
    const newer = newest === undefined ? 0 : await tx.auditEvent.count({ where: andId(where, { gt: newest }) });
    const older = oldest !== undefined && (await tx.auditEvent.findFirst({ where: andId(where, { lt: oldest }), select: { id: true } })) !== null;
    await recordAudit(tx, actor, {
      action: AUDIT_ACTIONS.auditView,
      outcome: "SUCCESS",
      entityType: "AuditEvent",
      detail: { ...detail, shown: rows.length, total },
    });
    return {
      events: rows.map((r) => toAuditEventRecord(r, regions.names)),
      total,
      firstPosition: newer + 1,
      newerCursor: newer > 0 && newest !== undefined ? { after: newest.toString() } : null,
      olderCursor: older && oldest !== undefined ? { before: oldest.toString() } : null,
    };
  });
}

export interface AuditExport {
  events: AuditEventRecord[];
  /** More events matched than AUDIT_EXPORT_CAP; the newest ones were kept. */
  truncated: boolean;
}

/** Every matching event up to the cap, newest first, for the Excel download. */
export async function exportAuditEvents(user: SessionUser, filters: TAuditFilters): Promise<AuditExport> {
  await refuseUnlessAuditor(user, AUDIT_ACTIONS.auditExport);
  const actor = await auditActorOf(user);
  const detail = { filters: filtersDetail(filters) };
  return db.$transaction(
    async (tx) => {
      const regions = await regionsOf(tx, user);
      const rows = await tx.auditEvent.findMany({
        where: auditEventWhere(filters, regions.ids),
        orderBy: { id: "desc" },
        take: AUDIT_EXPORT_CAP + 1,
        select: AUDIT_EVENT_SELECT,
      });
      const truncated = rows.length > AUDIT_EXPORT_CAP;
      const kept = rows.slice(0, AUDIT_EXPORT_CAP);
      await recordAudit(tx, actor, {
        action: AUDIT_ACTIONS.auditExport,
        outcome: "SUCCESS",
        entityType: "AuditEvent",
        detail: { ...detail, rows: kept.length, truncated },
      });
      return { events: kept.map((r) => toAuditEventRecord(r, regions.names)), truncated };
    },
    { timeout: 120_000 },
  );
}

export interface AuditIntegrity {
  checked: number;
  breaks: { id: string; chain: number; reason: "hash" | "link" }[];
  /** Per chain: its newest event, to be recorded outside the database. */
  heads: { chain: number; checked: number; id: string | null; hash: string | null }[];
  headsDigest: string | null;
}

/**
 * Re-computes every chain (they span every region: one log, one answer) and records the
 * check; a check that finds breaks is recorded as FAILURE so a search for failures shows it.
 */
export async function verifyAuditIntegrity(user: SessionUser): Promise<AuditIntegrity> {
  await refuseUnlessAuditor(user, AUDIT_ACTIONS.auditVerify);
  const actor = await auditActorOf(user);
  const result = await verifyAuditLog(db);
  const breaks = result.breaks.map((b) => ({ id: b.id.toString(), chain: b.chain, reason: b.reason }));
  const heads = result.heads.map((h) => ({ chain: h.chain, checked: h.checked, id: h.id?.toString() ?? null, hash: h.hash }));
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: AUDIT_ACTIONS.auditVerify,
      outcome: breaks.length === 0 ? "SUCCESS" : "FAILURE",
      entityType: "AuditEvent",
      detail: { checked: result.checked, breaks: breaks.length, firstBreaks: breaks.slice(0, 20), headsDigest: result.headsDigest, heads: heads.map(({ chain, id, hash }) => ({ chain, id, hash })) },
    }),
  );
  return { checked: result.checked, breaks, heads, headsDigest: result.headsDigest };
}
