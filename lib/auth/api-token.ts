import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";
import type { SessionUser } from "./session-user";

/**
 * API tokens for /api/v1: hospital information systems fill reports with a reporter's token
 * (issue #5); other systems read the progress summaries with a staff member's or a leader's
 * (issue #6). The token itself is shown once at creation; only its SHA-256 is stored, so a copy
 * of the database cannot be replayed. A token stands for its user exactly like a session: a
 * disabled account, a role that may no longer hold one, or a revoked or expired token ends it
 * at once. Which endpoints a token reaches is its user's permissions (lib/api/v1/respond.ts).
 */
const PREFIX = "stk_";

/** The roles that may hold a token: reporters (to fill reports), staff and leaders (to read summaries). */
export const API_TOKEN_ROLES: readonly Role[] = ["HOSPITAL_REPORTER", "UNIT_REPORTER", "STAFF", "LEADER"];
export const mayHoldApiToken = (role: Role) => API_TOKEN_ROLES.includes(role);

export function generateApiToken(): { token: string; tokenHash: string } {
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The token from `Authorization: Bearer …`, or null when the header is absent or malformed. */
export function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+([A-Za-z0-9_\-]{16,200})\s*$/.exec(headers.get("authorization") ?? "");
  return match ? match[1] : null;
}

/** lastUsedAt is a hint for the admin page, not an audit trail: written at most once a minute. */
const TOUCH_EVERY_MS = 60_000;

export type ApiTokenCheck =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "invalid" }
  /** A valid token whose account's role may no longer hold one: 403, not 401. */
  | { ok: false; reason: "role"; user: SessionUser };

export async function checkApiToken(token: string, now = new Date()): Promise<ApiTokenCheck> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true, revokedAt: true, expiresAt: true, lastUsedAt: true,
      user: {
        select: {
          id: true, username: true, displayName: true, role: true, regionId: true, hospitalId: true, unitId: true, disabledAt: true, isDemo: true,
          region: { select: { name: true, path: true } }, hospital: { select: { name: true } }, unit: { select: { name: true } },
        },
      },
    },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return { ok: false, reason: "invalid" };
  const u = row.user;
  if (u.disabledAt) return { ok: false, reason: "invalid" };
  const user: SessionUser = {
    id: u.id, username: u.username, displayName: u.displayName, role: u.role, regionId: u.regionId,
    regionName: u.region.name, regionPath: u.region.path, hospitalId: u.hospitalId, unitId: u.unitId,
    organisationName: u.hospital?.name ?? u.unit?.name ?? null, isDemo: u.isDemo, passwordChange: null,
  };
  // An account moved to a role that may hold no token (admin, auditor) keeps no API access.
  if (!mayHoldApiToken(user.role)) return { ok: false, reason: "role", user };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiToken.updateMany({ where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - TOUCH_EVERY_MS) } }] }, data: { lastUsedAt: now } });
  }
  return { ok: true, user };
}
