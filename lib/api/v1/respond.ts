import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { bearerToken, checkApiToken } from "../../auth/api-token";
import type { SessionUser } from "../../auth/session-user";
import { recordDenied } from "../../dal/access-audit";
import { ReportConflictError, ReportValidationError } from "../../dal/reports";
import { isAppError, type AppErrorCode } from "../../errors";
import { m } from "../../i18n";

/**
 * How /api/v1 answers: JSON, never cached, errors as { error: { code, message, fieldErrors? } }
 * with the message in Chinese. Cookies play no part here: a request is authenticated by its
 * bearer token only, so a browser cannot be tricked into a write (no CSRF surface).
 */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

export type ApiErrorCode = AppErrorCode | "BAD_REQUEST" | "IDEMPOTENCY_KEY_REQUIRED" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_FLIGHT" | "INTERNAL";

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fieldErrors?: Record<string, string>; current?: unknown };
}

export interface ApiResult {
  status: number;
  body: unknown;
}

export const apiError = (status: number, code: ApiErrorCode, message: string, extra: Partial<ApiErrorBody["error"]> = {}): ApiResult => ({
  status,
  body: { error: { code, message, ...extra } } satisfies ApiErrorBody,
});

export const toResponse = (r: ApiResult, headers: Record<string, string> = {}) => Response.json(r.body, { status: r.status, headers: { ...NO_STORE, ...headers } });

/** An expected error of the data-access layer as its API answer; anything else is logged as 500. */
export function resultOfError(e: unknown): ApiResult {
  // A stale save or submit: 409 with what is stored now, so the client can merge.
  if (e instanceof ReportConflictError) return apiError(409, "CONFLICT", e.message, { current: e.current });
  if (e instanceof ReportValidationError) return apiError(422, "INVALID", e.message, { fieldErrors: e.fieldErrors });
  if (isAppError(e)) return apiError(e.status, e.code, e.message);
  console.error("api/v1 request failed", e);
  return apiError(500, "INTERNAL", m.apiV1.unexpected);
}

/** The token's user, or the 401/403 answer (a role refusal is audited like any other). */
export async function apiUser(request: Request): Promise<{ user: SessionUser } | { refused: ApiResult }> {
  const token = bearerToken(request.headers);
  if (!token) return { refused: apiError(401, "UNAUTHENTICATED", m.apiV1.unauthenticated) };
  const check = await checkApiToken(token);
  if (check.ok) return { user: check.user };
  if (check.reason === "role") {
    await recordDenied(check.user, { action: AUDIT_ACTIONS.accessDenied, entityType: "ApiV1", entityId: new URL(request.url).pathname }, "forbidden");
    return { refused: apiError(403, "FORBIDDEN", m.apiV1.forbiddenRole) };
  }
  return { refused: apiError(401, "UNAUTHENTICATED", m.apiV1.unauthenticated) };
}

/** Runs a read for the token's user. */
export async function apiRead(request: Request, run: (user: SessionUser) => Promise<ApiResult>): Promise<Response> {
  try {
    const auth = await apiUser(request);
    if ("refused" in auth) return toResponse(auth.refused, auth.refused.status === 401 ? { "WWW-Authenticate": 'Bearer realm="api/v1"' } : {});
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
