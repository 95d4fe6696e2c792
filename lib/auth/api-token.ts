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

/** The token's own checks, and its user in the shape of SessionUser (id renamed: the token has one too). */
type TokenRow = Omit<SessionUser, "id" | "passwordChange"> & { id: string; usable: boolean; due: boolean; userId: string; disabled: boolean };

/**
 * Every /api/v1 request starts here, so the token, its user, region and organisation come in
 * one statement (Prisma would read each relation separately: five round trips), and the
 * timestamps are compared in the database (docs/decisions/006).
 */
export async function checkApiToken(token: string, now = new Date()): Promise<ApiTokenCheck> {
  const touchBefore = new Date(now.getTime() - TOUCH_EVERY_MS);
  const [row] = await db.$queryRaw<TokenRow[]>`
    SELECT t.id, (t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > ${now})) AS usable,
      (t."lastUsedAt" IS NULL OR t."lastUsedAt" < ${touchBefore}) AS due,
      u.id AS "userId", u.username, u."displayName", u.role::text AS role, u."regionId", rg.name AS "regionName", rg.path AS "regionPath",
      u."hospitalId", u."unitId", coalesce(h.name, un.name) AS "organisationName", u."disabledAt" IS NOT NULL AS disabled, u."isDemo"
    FROM "ApiToken" t
    JOIN "User" u ON u.id = t."userId"
    JOIN "Region" rg ON rg.id = u."regionId"
    LEFT JOIN "Hospital" h ON h.id = u."hospitalId"
    LEFT JOIN "ResponsibleUnit" un ON un.id = u."unitId"
    WHERE t."tokenHash" = ${hashApiToken(token)}`;
  if (!row) return { ok: false, reason: "invalid" };
  const { id, usable, due, userId, disabled, ...account } = row;
  if (!usable || disabled) return { ok: false, reason: "invalid" };
  const user: SessionUser = { ...account, id: userId, passwordChange: null };
  // An account moved to a role that may hold no token (admin, auditor) keeps no API access.
  if (!mayHoldApiToken(user.role)) return { ok: false, reason: "role", user };
  if (due) {
    await db.apiToken.updateMany({ where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: touchBefore } }] }, data: { lastUsedAt: now } });
  }
  return { ok: true, user };
}
