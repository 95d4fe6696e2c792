import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password-hash";
import { totpCode } from "@/lib/auth/totp";
import { authenticate, beginTotpEnrolment, MAX_FAILED_ATTEMPTS, type SignInAttempt } from "@/lib/dal/authentication";
import { IP_FAILURE_LIMIT } from "@/lib/dal/login-throttle";
import { sessionState, signOutEverywhere, touchSession } from "@/lib/dal/sessions";
import { seedDatabase } from "@/seed";
import { DEMO_PASSWORD } from "@/seed/demo";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
let ipCounter = 0;
/** A fresh client address per test, so the per-IP throttle does not leak between tests. */
const attempt = (username: string, password: string, extra: Partial<SignInAttempt> = {}): SignInAttempt => ({
  username,
  password,
  ip: extra.ip ?? `10.0.0.${++ipCounter % 250}`,
  userAgent: "vitest",
  ...extra,
});

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
});
afterAll(() => db?.close());
beforeEach(async () => {
  await db.prisma.user.updateMany({ data: { failedLoginCount: 0, lockedUntil: null } });
  await db.prisma.loginThrottle.deleteMany({});
});

describe("sign-in", () => {
  it("accepts the right password, opens a session and audits it", async () => {
    const result = await authenticate(attempt("leader", DEMO_PASSWORD));
    expect(result).toMatchObject({ ok: true });
    const session = await db.prisma.userSession.findUniqueOrThrow({ where: { id: (result as { sessionId: string }).sessionId } });
    expect(session.endedAt).toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { action: "auth.signIn", outcome: "SUCCESS" } })).toBeGreaterThan(0);
  });

  it("answers an unknown user and a wrong password identically, in similar time", async () => {
    const timed = async (username: string) => {
      const start = performance.now();
      const result = await authenticate(attempt(username, "Whatever#2026"));
      return { result, ms: performance.now() - start };
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 4; i++) {
      const a = await timed("nobody-here");
      const b = await timed("auditor");
      expect(a.result).toEqual({ ok: false, reason: "invalid" });
      expect(b.result).toEqual(a.result);
      unknown.push(a.ms);
      wrong.push(b.ms);
    }
    // Both run one argon2id verification: the medians differ by far less than that costs.
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    expect(Math.min(median(unknown), median(wrong)) / Math.max(median(unknown), median(wrong))).toBeGreaterThan(0.4);
  });

  it("locks the account after five failures, even under parallel guessing, and then refuses the right password", async () => {
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => authenticate(attempt("staff", `Wrong#${i}xyz`))));
    expect(guesses.every((g) => !g.ok)).toBe(true);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { username: "staff" }, select: { failedLoginCount: true, lockedUntil: true } });
    expect(user.failedLoginCount).toBe(MAX_FAILED_ATTEMPTS);
    expect(user.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await authenticate(attempt("staff", DEMO_PASSWORD))).toEqual({ ok: false, reason: "invalid" });
    expect(await db.prisma.auditEvent.count({ where: { action: "auth.lockout" } })).toBe(1);
  });

  it("lets the user in again once the lock has expired", async () => {
    await db.prisma.user.update({ where: { username: "staff" }, data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() - 1000) } });
    expect(await authenticate(attempt("staff", DEMO_PASSWORD))).toMatchObject({ ok: true });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { username: "staff" } })).failedLoginCount).toBe(0);
  });

  it("throttles a client address after too many failures", async () => {
    const ip = "192.0.2.77";
    await db.prisma.loginThrottle.create({ data: { ip, windowStart: new Date(Math.floor(Date.now() / 900_000) * 900_000), failures: IP_FAILURE_LIMIT } });
    expect(await authenticate(attempt("leader", DEMO_PASSWORD, { ip }))).toEqual({ ok: false, reason: "throttled" });
  });

  it("refuses a disabled account with the same answer", async () => {
    await db.prisma.user.update({ where: { username: "zxyy" }, data: { disabledAt: new Date() } });
    expect(await authenticate(attempt("zxyy", DEMO_PASSWORD))).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("second factor", () => {
  beforeAll(async () => {
    await db.prisma.user.create({
      data: {
        username: "prod-admin",
        displayName: "管理员",
        passwordHash: await hashPassword("Str0ng#Passw"),
        role: "ADMIN",
        regionId: (await db.prisma.region.findUniqueOrThrow({ where: { code: "330300" } })).id,
        mustChangePassword: false,
      },
    });
  });

  it("gives no session to an admin after the password alone, and enrols an authenticator with a single-use code", async () => {
    expect(await authenticate(attempt("prod-admin", "Str0ng#Passw"))).toEqual({ ok: false, reason: "otp_enrolment" });
    expect(await db.prisma.userSession.count({ where: { user: { username: "prod-admin" } } })).toBe(0);

    const enrolment = await beginTotpEnrolment(attempt("prod-admin", "Str0ng#Passw"));
    if (!enrolment.ok) throw new Error("enrolment refused");
    const code = await totpCode(enrolment.secret);
    expect(await authenticate(attempt("prod-admin", "Str0ng#Passw", { otp: "000000" === code ? "111111" : "000000" }))).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(attempt("prod-admin", "Str0ng#Passw", { otp: code }))).toMatchObject({ ok: true });

    // Enrolled now: the password alone asks for a code, and the same code cannot be replayed.
    expect(await authenticate(attempt("prod-admin", "Str0ng#Passw"))).toEqual({ ok: false, reason: "otp_required" });
    expect(await authenticate(attempt("prod-admin", "Str0ng#Passw", { otp: code }))).toEqual({ ok: false, reason: "invalid" });
    expect(await beginTotpEnrolment(attempt("prod-admin", "Str0ng#Passw"))).toEqual({ ok: false, reason: "otp_required" });
  });
});

describe("sessions", () => {
  it("time out after 30 idle minutes (15 for the admin) and 12 hours in all", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    expect(sessionState({ createdAt: ago(60), lastSeenAt: ago(29), endedAt: null }, "STAFF", now)).toBe("active");
    expect(sessionState({ createdAt: ago(60), lastSeenAt: ago(31), endedAt: null }, "STAFF", now)).toBe("idle");
    expect(sessionState({ createdAt: ago(60), lastSeenAt: ago(16), endedAt: null }, "ADMIN", now)).toBe("idle");
    expect(sessionState({ createdAt: ago(12 * 60 + 1), lastSeenAt: ago(1), endedAt: null }, "LEADER", now)).toBe("expired");
  });

  it("ends an idle session for good, and sign-out ends every session of the user", async () => {
    const first = (await authenticate(attempt("leader", DEMO_PASSWORD))) as { sessionId: string; userId: string };
    const second = (await authenticate(attempt("leader", DEMO_PASSWORD))) as { sessionId: string };
    expect(await touchSession(first.sessionId, first.userId, "LEADER")).toBe(true);
    expect(await touchSession(first.sessionId, first.userId, "LEADER", new Date(Date.now() + 31 * 60_000))).toBe(false);
    expect(await touchSession(first.sessionId, first.userId, "LEADER")).toBe(false);

    const before = (await db.prisma.user.findUniqueOrThrow({ where: { id: first.userId } })).sessionVersion;
    await signOutEverywhere(first.userId, second.sessionId, { userId: first.userId, username: "leader", role: "LEADER", regionId: null, ip: null, userAgent: null });
    expect(await touchSession(second.sessionId, first.userId, "LEADER")).toBe(false);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: first.userId } })).sessionVersion).toBe(before + 1);
  });
});
