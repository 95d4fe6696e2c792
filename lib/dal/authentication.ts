import "server-only";
import { recordAudit, type AuditActor } from "../audit/record";
import { hashPassword, verifyPassword } from "../auth/password-hash";
import { newTotpSecret, totpRequired, verifyTotp } from "../auth/totp";
import { db } from "../db";
import { countIpFailure, ipThrottled } from "./login-throttle";

/** Five consecutive failures lock the account for 15 minutes (等保2.0 身份鉴别). */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export interface SignInAttempt {
  username: string;
  password: string;
  otp?: string;
  ip: string | null;
  userAgent: string | null;
}

export type SignInFailure = { ok: false; reason: "invalid" | "throttled" | "otp_required" | "otp_enrolment" };
export type SignInResult = { ok: true; userId: string; displayName: string; sessionVersion: number; sessionId: string } | SignInFailure;

/** Verified against when the username is unknown, so both failures take the same time. */
let dummyHash: Promise<string> | undefined;

type Candidate = {
  id: string;
  displayName: string;
  role: Parameters<typeof totpRequired>[0];
  regionId: string;
  isDemo: boolean;
  sessionVersion: number;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
};

const auditActor = (a: SignInAttempt, user?: Pick<Candidate, "id" | "role" | "regionId"> | null): AuditActor => ({
  userId: user?.id ?? null,
  username: a.username.trim(),
  role: user?.role ?? null,
  regionId: user?.regionId ?? null,
  ip: a.ip,
  userAgent: a.userAgent,
});

/**
 * The password step shared by sign-in and 2FA enrolment. Every failure answers the same
 * "invalid" whatever went wrong (unknown user, wrong password, locked, disabled), so
 * accounts cannot be enumerated. An attempt slot is reserved atomically before the password
 * is checked, so parallel guesses cannot exceed the limit.
 */
async function passwordStep(attempt: SignInAttempt): Promise<{ user: Candidate } | { failure: SignInFailure }> {
  const username = attempt.username.trim();
  if (await ipThrottled(db, attempt.ip)) {
    await db.$transaction((tx) => recordAudit(tx, auditActor(attempt), { action: "auth.throttled", outcome: "DENIED", detail: { username } }));
    return { failure: { ok: false, reason: "throttled" } };
  }
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, displayName: true, role: true, regionId: true, isDemo: true, passwordHash: true, disabledAt: true, sessionVersion: true, totpSecret: true, totpEnabledAt: true },
  });
  if (!user) {
    dummyHash ??= hashPassword("not-a-real-password-Aa1!");
    await verifyPassword(await dummyHash, attempt.password);
    return { failure: await signInFailed(attempt, null, "unknown_user") };
  }
  const reserved = await reserveAttempt(user.id);
  const passwordOk = await verifyPassword(user.passwordHash, attempt.password);
  if (!reserved) return { failure: await signInFailed(attempt, user, "locked") };
  if (!passwordOk) {
    await lockIfExhausted(attempt, user);
    return { failure: await signInFailed(attempt, user, "wrong_password") };
  }
  if (user.disabledAt) return { failure: await signInFailed(attempt, user, "disabled") };
  return { user };
}

async function signInFailed(attempt: SignInAttempt, user: Candidate | null, reason: string): Promise<SignInFailure> {
  await countIpFailure(db, attempt.ip);
  await db.$transaction((tx) =>
    recordAudit(tx, auditActor(attempt, user), { action: "auth.signIn", outcome: "FAILURE", entityType: "User", entityId: user?.id, detail: { reason } }),
  );
  return { ok: false, reason: "invalid" };
}

/** Checks a sign-in: password, then the second factor where the account has or needs one. */
export async function authenticate(attempt: SignInAttempt): Promise<SignInResult> {
  const step = await passwordStep(attempt);
  if ("failure" in step) return step.failure;
  const user = step.user;

  const secondFactor = await checkSecondFactor(user, attempt.otp);
  if (secondFactor !== "ok") {
    if (attempt.otp) {
      await lockIfExhausted(attempt, user);
      return signInFailed(attempt, user, "wrong_otp");
    }
    // A missing code is not a guess: give the slot back so the form can ask for it.
    await releaseAttempt(user.id);
    return { ok: false, reason: secondFactor };
  }

  const session = await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        failedLoginCount: 0,
        lockedUntil: null,
        lastLoginAt: new Date(),
        lastLoginIp: attempt.ip,
        ...(user.totpSecret && !user.totpEnabledAt ? { totpEnabledAt: new Date() } : {}),
      },
    });
    const created = await tx.userSession.create({ data: { userId: user.id, ip: attempt.ip, userAgent: attempt.userAgent }, select: { id: true } });
    await recordAudit(tx, auditActor(attempt, user), {
      action: user.totpSecret && !user.totpEnabledAt ? "auth.totpEnrolled" : "auth.signIn",
      outcome: "SUCCESS",
      entityType: "User",
      entityId: user.id,
      detail: { sessionId: created.id, secondFactor: !!user.totpSecret },
    });
    return created;
  });
  return { ok: true, userId: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion, sessionId: session.id };
}

/**
 * First step of enrolling an authenticator: after the password, a new secret is kept as
 * pending and its QR code returned. The enrolment completes when the user signs in with a
 * code from it (authenticate), so a session still needs both factors.
 */
export async function beginTotpEnrolment(attempt: SignInAttempt): Promise<{ ok: true; secret: string; username: string } | SignInFailure> {
  const step = await passwordStep(attempt);
  if ("failure" in step) return step.failure;
  const user = step.user;
  await releaseAttempt(user.id);
  if (user.totpEnabledAt) return { ok: false, reason: "otp_required" };
  const secret = newTotpSecret();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: secret, totpEnabledAt: null, totpLastStep: null } });
    await recordAudit(tx, auditActor(attempt, user), { action: "auth.totpEnrolmentStarted", outcome: "SUCCESS", entityType: "User", entityId: user.id });
  });
  return { ok: true, secret, username: attempt.username.trim() };
}

/** Takes one of the five attempts, or returns false when the account is locked or out of them. */
async function reserveAttempt(userId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "User" SET
      "failedLoginCount" = CASE WHEN "lockedUntil" IS NOT NULL AND "lockedUntil" <= now() THEN 1 ELSE "failedLoginCount" + 1 END,
      "lockedUntil" = CASE WHEN "lockedUntil" IS NOT NULL AND "lockedUntil" <= now() THEN NULL ELSE "lockedUntil" END
    WHERE id = ${userId}
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= now())
      AND ("failedLoginCount" < ${MAX_FAILED_ATTEMPTS} OR "lockedUntil" IS NOT NULL)
    RETURNING id`;
  return rows.length === 1;
}

async function releaseAttempt(userId: string) {
  await db.$executeRaw`UPDATE "User" SET "failedLoginCount" = GREATEST("failedLoginCount" - 1, 0) WHERE id = ${userId}`;
}

async function lockIfExhausted(attempt: SignInAttempt, user: Candidate) {
  const locked = await db.$queryRaw<{ id: string }[]>`
    UPDATE "User" SET "lockedUntil" = now() + make_interval(mins => ${LOCKOUT_MINUTES})
    WHERE id = ${user.id} AND "failedLoginCount" >= ${MAX_FAILED_ATTEMPTS} AND "lockedUntil" IS NULL
    RETURNING id`;
  if (locked.length === 1) {
    await db.$transaction((tx) =>
      recordAudit(tx, auditActor(attempt, user), {
        action: "auth.lockout",
        outcome: "DENIED",
        entityType: "User",
        entityId: user.id,
        detail: { minutes: LOCKOUT_MINUTES },
      }),
    );
  }
}

/**
 * The second factor, verified here inside authorize(): no session exists after the password
 * alone. A code is accepted once (its time step must be newer than the last one used).
 */
async function checkSecondFactor(user: Candidate, otp: string | undefined): Promise<"ok" | "otp_required" | "otp_enrolment"> {
  const enrolled = !!user.totpSecret && !!user.totpEnabledAt;
  const enrolling = !!user.totpSecret && !user.totpEnabledAt;
  if (!enrolled && !enrolling) return totpRequired(user.role, user.isDemo) ? "otp_enrolment" : "ok";
  if (!otp) return enrolled ? "otp_required" : "otp_enrolment";
  const step = await verifyTotp(user.totpSecret!, otp);
  if (step === null) return enrolled ? "otp_required" : "otp_enrolment";
  const used = await db.$executeRaw`
    UPDATE "User" SET "totpLastStep" = ${step}
    WHERE id = ${user.id} AND ("totpLastStep" IS NULL OR "totpLastStep" < ${step})`;
  return used === 1 ? "ok" : enrolled ? "otp_required" : "otp_enrolment";
}
