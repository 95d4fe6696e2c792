import "server-only";
import { unstable_rethrow } from "next/navigation";
import { recordAudit, type AuditActor } from "../audit/record";
import { assertCan, can, type Action } from "../auth/permissions";
import { auditActorFor } from "../auth/request-context";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";

/**
 * The acting user and where the request came from. Outside a request (integration tests
 * call the DAL directly) there are no headers, so the origin is recorded as unknown; Next's
 * own control-flow errors are passed on untouched.
 */
export async function auditActorOf(user: SessionUser): Promise<AuditActor> {
  try {
    return await auditActorFor(user);
  } catch (e) {
    unstable_rethrow(e);
    return { userId: user.id, username: user.username, role: user.role, regionId: user.regionId, ip: null, userAgent: null };
  }
}

export interface AttemptedAccess {
  /** The audit action that was attempted, e.g. user.update. */
  action: string;
  entityType: string;
  entityId?: string;
}

/**
 * Records a refused access in a transaction of its own (the refused change never has one):
 * `forbidden` when the role may not take the action (403), `outOfScope` when the record lies
 * outside the user's region (404). Issue #4, "Authorization": both write an audit event.
 */
export async function recordDenied(user: SessionUser, attempt: AttemptedAccess, reason: "forbidden" | "outOfScope"): Promise<void> {
  const actor = await auditActorOf(user);
  await db.$transaction((tx) =>
    recordAudit(tx, actor, { action: attempt.action, outcome: "DENIED", entityType: attempt.entityType, entityId: attempt.entityId, detail: { reason } }),
  );
}

/** assertCan, with the refusal written to the audit log before the 403 is thrown. */
export async function assertCanAudited(user: SessionUser, permission: Action, attempt: AttemptedAccess): Promise<void> {
  if (!can(user, permission)) await recordDenied(user, { ...attempt }, "forbidden");
  assertCan(user, permission);
}
