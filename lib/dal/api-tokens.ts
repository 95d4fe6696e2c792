import "server-only";
import { AUDIT_ACTIONS } from "../audit/actions";
import { recordAudit } from "../audit/record";
import { generateApiToken, mayHoldApiToken } from "../auth/api-token";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError } from "../errors";
import { m } from "../i18n";
import { assertCanAudited, auditActorOf, recordDenied } from "./access-audit";
import { regionSubtree } from "./scope";

/**
 * API tokens, issued by an admin to an account in the admin's region: a reporter's to fill
 * reports (issue #5, "A JSON API"), a staff member's or a leader's to read the progress
 * summaries (issue #6). The plain token leaves this module once, in createApiToken's answer;
 * the audit log records the token's id and name, never the token or its hash.
 */
const t = m.apiTokens;
export const MAX_ACTIVE_TOKENS = 5;

export interface ApiTokenRow {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

async function managedAccount(actor: SessionUser, userId: string, action: string) {
  await assertCanAudited(actor, "user:manage", { action, entityType: "User", entityId: userId });
  const account = await db.user.findFirst({ where: { id: userId, region: regionSubtree(actor) }, select: { id: true, role: true } });
  if (!account) {
    await recordDenied(actor, { action, entityType: "User", entityId: userId }, "outOfScope");
    throw new AppError("NOT_FOUND", t.notFound);
  }
  return account;
}

export async function listApiTokens(actor: SessionUser, userId: string): Promise<ApiTokenRow[]> {
  await managedAccount(actor, userId, AUDIT_ACTIONS.userRead);
  return db.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Issues a token; the answer holds it in plain text, the only time it exists outside the caller. */
export async function createApiToken(actor: SessionUser, userId: string, name: string): Promise<{ id: string; token: string }> {
  const account = await managedAccount(actor, userId, AUDIT_ACTIONS.apiTokenCreate);
  if (!mayHoldApiToken(account.role)) throw new AppError("INVALID", t.notEligible);
  const audit = await auditActorOf(actor);
  const { token, tokenHash } = generateApiToken();
  const created = await db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { userId, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) throw new AppError("CONFLICT", t.tooMany(MAX_ACTIVE_TOKENS));
    const row = await tx.apiToken.create({ data: { userId, name, tokenHash, createdById: actor.id }, select: { id: true } });
    await recordAudit(tx, audit, { action: AUDIT_ACTIONS.apiTokenCreate, outcome: "SUCCESS", entityType: "ApiToken", entityId: row.id, after: { userId, name } });
    return row;
  });
  return { id: created.id, token };
}

/** Revokes a token at once; revoking one already revoked changes nothing and records nothing. */
export async function revokeApiToken(actor: SessionUser, tokenId: string): Promise<void> {
  const row = await db.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true, name: true } });
  await managedAccount(actor, row?.userId ?? "", AUDIT_ACTIONS.apiTokenRevoke);
  if (!row) throw new AppError("NOT_FOUND", t.notFound);
  const audit = await auditActorOf(actor);
  await db.$transaction(async (tx) => {
    const revokedAt = new Date();
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt } });
    if (count === 0) return;
    await recordAudit(tx, audit, { action: AUDIT_ACTIONS.apiTokenRevoke, outcome: "SUCCESS", entityType: "ApiToken", entityId: tokenId, before: { revokedAt: null }, after: { userId: row.userId, name: row.name, revokedAt: revokedAt.toISOString() } });
  });
}
