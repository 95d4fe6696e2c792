import "server-only";
import { createHash } from "node:crypto";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { m } from "../../i18n";
import { apiError, toResponse, type ApiResult } from "../problem";
import { apiUser, resultOfError } from "./respond";

/**
 * Writes on /api/v1 carry an Idempotency-Key. The first request with a key claims the
 * (user, key) row before it runs, so concurrent repeats never run twice: they wait for the
 * stored answer and replay it. The same key with another body is refused (422): it is a
 * client bug, and replaying the first answer would hide it. Keys live 24 hours.
 */
const KEY = /^[\x21-\x7e]{1,200}$/;
const MAX_BODY = 1_000_000;
const IN_FLIGHT = 0;
const TTL_MS = 24 * 3600_000;
const WAIT_MS = 10_000;

export const requestHashOf = (method: string, path: string, body: string) => createHash("sha256").update(`${method}\n${path}\n${body}`).digest("hex");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Forgets keys older than a day; cheap enough to run now and then on a write. */
export async function purgeIdempotencyKeys(now = new Date()): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - TTL_MS) } } });
  return count;
}

async function claim(userId: string, key: string, method: string, path: string, requestHash: string): Promise<boolean> {
  const { count } = await db.idempotencyKey.createMany({
    data: [{ userId, key, method, path, requestHash, responseStatus: IN_FLIGHT, responseBody: {} }],
    skipDuplicates: true,
  });
  return count === 1;
}

/** The stored answer for the key, waiting while the first request is still running. */
async function storedAnswer(userId: string, key: string, requestHash: string): Promise<{ replay: ApiResult } | { refuse: ApiResult } | "expired"> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const row = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } }, select: { requestHash: true, responseStatus: true, responseBody: true, createdAt: true } });
    if (!row || Date.now() - row.createdAt.getTime() > TTL_MS) {
      if (row) await db.idempotencyKey.deleteMany({ where: { userId, key, createdAt: row.createdAt } });
      return "expired";
    }
    if (row.requestHash !== requestHash) return { refuse: apiError(422, "IDEMPOTENCY_KEY_REUSED", m.apiV1.idempotencyKeyReused) };
    if (row.responseStatus !== IN_FLIGHT) return { replay: { status: row.responseStatus, body: row.responseBody } };
    if (Date.now() > deadline) return { refuse: apiError(409, "IDEMPOTENCY_IN_FLIGHT", m.apiV1.idempotencyInFlight) };
    await sleep(50);
  }
}

/**
 * Runs one write for a reporter's token: authenticates, requires the key, parses the JSON body
 * and executes `run` at most once per (user, key). 5xx answers are not stored, so a retry
 * after a crash runs again.
 */
export async function apiWrite(request: Request, run: (user: SessionUser, body: unknown) => Promise<ApiResult>): Promise<Response> {
  try {
    const auth = await apiUser(request, "report:fill");
    if ("refused" in auth) return toResponse(auth.refused);
    const user = auth.user;
    const key = request.headers.get("idempotency-key")?.trim() ?? "";
    if (!KEY.test(key)) return toResponse(apiError(400, "IDEMPOTENCY_KEY_REQUIRED", m.apiV1.idempotencyKeyRequired));
    const text = await request.text();
    if (text.length > MAX_BODY) return toResponse(apiError(413, "BAD_REQUEST", m.apiV1.badJson));
    let body: unknown = null;
    if (text.trim()) {
      try {
        body = JSON.parse(text);
      } catch {
        return toResponse(apiError(400, "BAD_REQUEST", m.apiV1.badJson));
      }
    }
    const method = request.method.toUpperCase();
    const path = new URL(request.url).pathname;
    // The hash covers what the request means, not how it was spelt: re-serialised JSON.
    const requestHash = requestHashOf(method, path, JSON.stringify(body));

    for (let attempt = 0; attempt < 2; attempt++) {
      if (await claim(user.id, key, method, path, requestHash)) {
        let result: ApiResult;
        try {
          result = await run(user, body);
        } catch (e) {
          result = resultOfError(e);
        }
        if (result.status >= 500) {
          await db.idempotencyKey.deleteMany({ where: { userId: user.id, key } });
          return toResponse(result);
        }
        const stored = JSON.parse(JSON.stringify(result.body)) as Prisma.InputJsonValue;
        // updateMany: no RETURNING of the answer just written (every write of the rush passes here).
        await db.idempotencyKey.updateMany({ where: { userId: user.id, key }, data: { responseStatus: result.status, responseBody: stored } });
        if (Math.random() < 0.01) void purgeIdempotencyKeys().catch(() => undefined);
        return toResponse({ status: result.status, body: stored });
      }
      const stored = await storedAnswer(user.id, key, requestHash);
      if (stored === "expired") continue;
      return "replay" in stored ? toResponse(stored.replay, { "Idempotent-Replayed": "true" }) : toResponse(stored.refuse);
    }
    return toResponse(apiError(409, "IDEMPOTENCY_IN_FLIGHT", m.apiV1.idempotencyInFlight));
  } catch (e) {
    return toResponse(resultOfError(e));
  }
}
