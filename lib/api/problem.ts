import { isAppError, type AppErrorCode } from "../errors";
import { m } from "../i18n";

/**
 * How the app's JSON routes refuse (every app/api route, /api/v1 included): never cached, the
 * body { error: { code, message, fieldErrors?, current? } } with a machine code and the message
 * in Chinese. /api/v1 documents it as its Error schema (lib/api/openapi/common.ts).
 */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

export type ProblemCode = AppErrorCode | "BAD_REQUEST" | "PASSWORD_CHANGE_REQUIRED" | "IDEMPOTENCY_KEY_REQUIRED" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_IN_FLIGHT" | "INTERNAL";

export interface ProblemBody {
  error: { code: ProblemCode; message: string; fieldErrors?: Record<string, string>; current?: unknown };
}

/** An answer not sent yet: /api/v1 stores the answers of its writes to replay them. */
export interface ApiResult {
  status: number;
  body: unknown;
}

export const apiError = (status: number, code: ProblemCode, message: string, extra: Partial<ProblemBody["error"]> = {}): ApiResult => ({
  status,
  body: { error: { code, message, ...extra } } satisfies ProblemBody,
});

/**
 * Below this size an answer goes out uncompressed (`no-transform` tells Next's gzip to leave
 * it): the reporter endpoints' answers are a few hundred bytes to a few KB, and gzipping each
 * one cost the app server about 5 % of its CPU under the quarter-end rush for a handful of
 * bytes saved. Larger answers (plan summaries) are still compressed.
 */
const COMPRESS_FROM_CHARS = 8 * 1024;

export function toResponse(r: ApiResult, headers: Record<string, string> = {}): Response {
  const json = JSON.stringify(r.body);
  const cache = json.length < COMPRESS_FROM_CHARS ? `${NO_STORE["Cache-Control"]}, no-transform` : NO_STORE["Cache-Control"];
  return new Response(json, { status: r.status, headers: { "Content-Type": "application/json", "Cache-Control": cache, ...headers } });
}

/** The refusal, sent. */
export const problem = (status: number, code: ProblemCode, message: string, extra: Partial<ProblemBody["error"]> = {}) => toResponse(apiError(status, code, message, extra));

/** An expected error (AppError) in its own words; anything else is logged as `failed` and answered 500 in general words. */
export function errorResult(e: unknown, failed: string): ApiResult {
  if (isAppError(e)) return apiError(e.status, e.code, e.message);
  console.error(failed, e);
  return apiError(500, "INTERNAL", m.errors.unexpectedBody);
}

/** errorResult, sent. */
export const problemOf = (e: unknown, failed: string) => toResponse(errorResult(e, failed));
