import "server-only";
import { recordAudit, type AuditActor } from "../audit/record";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";

/** Idle timeouts from real activity: 15 minutes for the admin, 30 for everyone else; 12 hours at most. */
export const IDLE_MINUTES: Record<Role, number> = { ADMIN: 15, STAFF: 30, HOSPITAL_REPORTER: 30, UNIT_REPORTER: 30, LEADER: 30, AUDITOR: 30 };
export const ABSOLUTE_HOURS = 12;
/** lastSeenAt is written at most this often, so reading pages does not turn into a write each. */
const TOUCH_EVERY_MS = 60_000;

export type SessionState = "active" | "idle" | "expired" | "ended";

export function sessionState(session: { createdAt: Date; lastSeenAt: Date; endedAt: Date | null }, role: Role, now = new Date()): SessionState {
  if (session.endedAt) return "ended";
  if (now.getTime() - session.createdAt.getTime() > ABSOLUTE_HOURS * 3_600_000) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() > IDLE_MINUTES[role] * 60_000) return "idle";
  return "active";
}

/**
 * Called for every authenticated page, action and API request (not for next-auth's own
 * session polling, which must not keep a session alive). Ends a session that timed out.
 */
export async function touchSession(sessionId: string, userId: string, role: Role, now = new Date()): Promise<boolean> {
  const session = await db.userSession.findFirst({ where: { id: sessionId, userId }, select: { createdAt: true, lastSeenAt: true, endedAt: true } });
  if (!session) return false;
  const state = sessionState(session, role, now);
  if (state === "ended") return false;
  if (state !== "active") {
    const actor: AuditActor = { userId, username: null, role, regionId: null, ip: null, userAgent: null };
    await db.$transaction(async (tx) => {
      const ended = await tx.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
      if (ended.count === 1) {
        await recordAudit(tx, actor, { action: "auth.sessionTimeout", outcome: "SUCCESS", entityType: "UserSession", entityId: sessionId, detail: { reason: state } });
      }
    });
    return false;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return true;
}

/** Sign-out ends every session of the user: the session version is bumped and open sessions closed. */
export async function signOutEverywhere(userId: string, sessionId: string | null, actor: AuditActor) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date() } });
    await recordAudit(tx, actor, { action: "auth.signOut", outcome: "SUCCESS", entityType: "User", entityId: userId, detail: { sessionId } });
  });
}
