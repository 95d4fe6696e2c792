import "server-only";
import type { Db } from "../db/client";

/**
 * Failed sign-ins per client address in fixed 15-minute windows, counted in the database so
 * that every app server sees the same number. Past the limit, sign-in answers HTTP 429.
 */
export const IP_FAILURE_LIMIT = Number(process.env.LOGIN_IP_FAILURE_LIMIT ?? 30);
const WINDOW_MS = 15 * 60_000;

const windowStart = (now: number) => new Date(Math.floor(now / WINDOW_MS) * WINDOW_MS);

export async function ipThrottled(db: Db, ip: string | null, now = Date.now()): Promise<boolean> {
  if (!ip) return false;
  const row = await db.loginThrottle.findUnique({ where: { ip_windowStart: { ip, windowStart: windowStart(now) } }, select: { failures: true } });
  return (row?.failures ?? 0) >= IP_FAILURE_LIMIT;
}

export async function countIpFailure(db: Db, ip: string | null, now = Date.now()): Promise<void> {
  if (!ip) return;
  const start = windowStart(now);
  await db.$executeRaw`
    INSERT INTO "LoginThrottle" (ip, "windowStart", failures) VALUES (${ip}, ${start}, 1)
    ON CONFLICT (ip, "windowStart") DO UPDATE SET failures = "LoginThrottle".failures + 1`;
}
