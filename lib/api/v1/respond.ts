import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { bearerToken, checkApiToken } from "../../auth/api-token";
import { getCurrentUser } from "../../auth/current-user";
import { can, type Action } from "../../auth/permissions";
import { passwordChangeRefusal } from "../../auth/route-user";
import type { SessionUser } from "../../auth/session-user";
import { recordDenied } from "../../dal/access-audit";
import { ReportConflictError, ReportValidationError } from "../../dal/reports";
import { m } from "../../i18n";
import { apiError, errorResult, toResponse, type ApiResult } from "../problem";

/**
 * How /api/v1 answers: JSON, never cached, errors as lib/api/problem.ts shapes them, with the
 * message in Chinese. Writes and the reporter endpoints are authenticated by a bearer
 * token only, so a browser cannot be tricked into a write (no CSRF surface); the summary reads
 * also answer a signed-in browser session. Each endpoint names the permission it needs.
 */

/** An expected error of the data-access layer as its API answer; anything else is logged as 500. */
export function resultOfError(e: unknown): ApiResult {
  // A stale save or submit: 409 with what is stored now, so the client can merge.
  if (e instanceof ReportConflictError) return apiError(409, "CONFLICT", e.message, { current: e.current });
  if (e instanceof ReportValidationError) return apiError(422, "INVALID", e.message, { fieldErrors: e.fieldErrors });
  return errorResult(e, "api/v1 request failed");
}

const FORBIDDEN_MESSAGE: Partial<Record<Action, string>> = {
  "report:fill": m.apiV1.forbiddenRole,
  "dashboard:read": m.apiV1.forbiddenSummary,
  "plan:read": m.apiV1.forbiddenPlanRead,
};

export type Authenticated = { user: SessionUser } | { refused: ApiResult };

/** 403 for a user whose role lacks the endpoint's permission, written to the audit log like any refusal. */
async function permitted(request: Request, user: SessionUser, permission: Action): Promise<Authenticated> {
  if (can(user, permission)) return { user };
  await recordDenied(user, { action: AUDIT_ACTIONS.accessDenied, entityType: "ApiV1", entityId: new URL(request.url).pathname }, "forbidden");
  return { refused: apiError(403, "FORBIDDEN", FORBIDDEN_MESSAGE[permission] ?? m.apiV1.forbiddenTokenRole) };
}

/** The token's user when its role has `permission`, or the 401/403 answer. */
export async function apiUser(request: Request, permission: Action): Promise<Authenticated> {
  const token = bearerToken(request.headers);
  if (!token) return { refused: apiError(401, "UNAUTHENTICATED", m.apiV1.unauthenticated) };
  const check = await checkApiToken(token);
  if (check.ok) return permitted(request, check.user, permission);
  if (check.reason === "role") {
    await recordDenied(check.user, { action: AUDIT_ACTIONS.accessDenied, entityType: "ApiV1", entityId: new URL(request.url).pathname }, "forbidden");
    return { refused: apiError(403, "FORBIDDEN", m.apiV1.forbiddenTokenRole) };
  }
  return { refused: apiError(401, "UNAUTHENTICATED", m.apiV1.unauthenticated) };
}

const refusal = (refused: ApiResult) => toResponse(refused, refused.status === 401 ? { "WWW-Authenticate": 'Bearer realm="api/v1"' } : {});

/** Runs a read of the reporter endpoints for a reporter's token (bearer only, like their writes). */
export async function apiRead(request: Request, run: (user: SessionUser) => Promise<ApiResult>): Promise<Response> {
  try {
    const auth = await apiUser(request, "report:fill");
    if ("refused" in auth) return refusal(auth.refused);
    return toResponse(await run(auth.user));
  } catch (e) {
    return toResponse(resultOfError(e));
  }
}

/** A signed-in browser session's user for a summary read, or the answer: 401 without a session, 403 while they must change their password (passwordChangeRefusal), then the permission decides. */
export async function sessionUserFor(request: Request, user: SessionUser | null, permission: Action): Promise<Authenticated> {
  if (!user) return { refused: apiError(401, "UNAUTHENTICATED", m.apiV1.unauthenticatedRead) };
  const passwordChange = passwordChangeRefusal(user);
  if (passwordChange) return { refused: apiError(passwordChange.status, passwordChange.code, passwordChange.message) };
  return permitted(request, user, permission);
}

/**
 * Runs a summary read for a bearer token's user or, without an Authorization header, the
 * signed-in browser session's. A read changes nothing, so answering a session opens no CSRF
 * hole; a present but invalid token is 401 and never falls back to the cookie.
 */
export async function apiSessionOrTokenRead(request: Request, permission: Action, run: (user: SessionUser) => Promise<ApiResult>): Promise<Response> {
  try {
    const auth = request.headers.has("authorization") ? await apiUser(request, permission) : await sessionUserFor(request, await getCurrentUser(), permission);
    if ("refused" in auth) return refusal(auth.refused);
    return toResponse(await run(auth.user));
  } catch (e) {
    return toResponse(resultOfError(e));
  }
}

/** A run that throws an expected error gives its API answer instead. */
export async function answer(run: () => Promise<ApiResult>): Promise<ApiResult> {
  try {
    return await run();
  } catch (e) {
    return resultOfError(e);
  }
}
