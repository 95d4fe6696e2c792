import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import { touchSession } from "../dal/sessions";
import { passwordExpired } from "./password-policy";
import { recordDenied } from "../dal/access-audit";
import { authOptions } from "./options";
import { can, type Action } from "./permissions";
import type { SessionUser } from "./session-user";

/** What the session cookie carries: the user, the session version it was issued for, the session's id. */
export type SessionClaims = { uid?: string; sv?: number; sid?: string } | null;

/**
 * The signed-in user, read from the database on every request: a disabled account or a
 * bumped session version ends the session at once, whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => userOfSession((await getServerSession(authOptions)) as SessionClaims));

/** The user a session cookie's claims stand for, as getCurrentUser reads them (separate so tests can pass a session's claims). */
export async function userOfSession(session: SessionClaims): Promise<SessionUser | null> {
  if (!session?.uid || !session.sid) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      regionId: true,
      hospitalId: true,
      unitId: true,
      disabledAt: true,
      sessionVersion: true,
      mustChangePassword: true,
      passwordChangedAt: true,
      isDemo: true,
      region: { select: { name: true, path: true } },
      hospital: { select: { name: true } },
      unit: { select: { name: true } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sv) return null;
  if (!(await touchSession(session.sid, user.id, user.role))) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionId: user.regionId,
    regionName: user.region.name,
    regionPath: user.region.path,
    hospitalId: user.hospitalId,
    unitId: user.unitId,
    organisationName: user.hospital?.name ?? user.unit?.name ?? null,
    isDemo: user.isDemo,
    passwordChange: user.mustChangePassword ? "required" : passwordExpired(user.passwordChangedAt) ? "expired" : null,
  };
}

/** For pages: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/**
 * For pages of one permission: the user, or HTTP 403 (written to the audit log). Pages
 * whose record lies outside the user's scope call notFound() instead (404).
 */
export async function requirePermission(action: Action, page: string): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, action)) {
    await recordDenied(user, { action: `page.${action}`, entityType: "Page", entityId: page }, "forbidden");
    forbidden();
  }
  return user;
}
