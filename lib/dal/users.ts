import "server-only";
import { AUDIT_ACTIONS } from "../audit/actions";
import type { AuditActor } from "../audit/record";
import { changedFields, recordAudit } from "../audit/record";
import { hashPassword, verifyPassword } from "../auth/password-hash";
import { passwordProblems } from "../auth/password-policy";
import type { SessionUser } from "../auth/session-user";
import { temporaryPassword } from "../auth/temporary-password";
import { db } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { m } from "../i18n";
import type { TUserCreate, TUserUpdate } from "../validation/users";
import { assertCanAudited, auditActorOf, recordDenied } from "./access-audit";
import { regionSubtree } from "./scope";
import { assertPlacement, insertUser, isRecentPassword, rememberPassword, UserFieldError } from "./user-records";

/**
 * Every change an admin makes to an account. Each one checks the permission (403, audited),
 * finds the account inside the admin's region subtree (otherwise 404, audited) and writes
 * the change with its audit record in one transaction.
 */
const v = m.users.validation;
type Tx = Prisma.TransactionClient;

const MANAGED = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  regionId: true,
  hospitalId: true,
  unitId: true,
  disabledAt: true,
  failedLoginCount: true,
  lockedUntil: true,
} satisfies Prisma.UserSelect;
type ManagedUser = Prisma.UserGetPayload<{ select: typeof MANAGED }>;

/** The account and its one-time password, which the admin sees once and nobody stores. */
export interface IssuedPassword {
  id: string;
  temporaryPassword: string;
}

export async function createUser(actor: SessionUser, input: TUserCreate): Promise<IssuedPassword> {
  await assertCanAudited(actor, "user:manage", { action: AUDIT_ACTIONS.userCreate, entityType: "User" });
  const audit = await auditActorOf(actor);
  const password = temporaryPassword(input.username);
  const hash = await hashPassword(password);
  const id = await uniqueUsername(() =>
    db.$transaction(async (tx) => {
      await assertPlacement(tx, actor.regionPath, input);
      return insertUser(tx, audit, input, { hash, mustChange: true, remember: false });
    }),
  );
  return { id, temporaryPassword: password };
}

export async function updateUser(actor: SessionUser, input: TUserUpdate): Promise<void> {
  // Field by field: nothing else a caller's object carries reaches the row.
  const { id, displayName, role, regionId, hospitalId, unitId } = input;
  const fields = { displayName, role, regionId, hospitalId, unitId };
  await managedWrite(actor, AUDIT_ACTIONS.userUpdate, id, async (tx, before, audit) => {
    // No self-demotion and no narrowing one's own scope: an admin would lock themselves out.
    if (before.id === actor.id && fields.role !== before.role) throw new UserFieldError("role", v.cannotChangeOwnRole);
    if (before.id === actor.id && fields.regionId !== before.regionId) throw new UserFieldError("regionId", v.cannotChangeOwnRegion);
    await assertPlacement(tx, actor.regionPath, fields);
    const change = changedFields(before, fields);
    if (Object.keys(change.after).length === 0) return;
    // A new role or scope must not ride on sessions signed in under the old one.
    const rescoped = ["role", "regionId", "hospitalId", "unitId"].some((k) => k in change.after);
    await tx.user.update({ where: { id }, data: { ...fields, ...(rescoped ? { sessionVersion: { increment: 1 } } : {}) } });
    await recordAudit(tx, audit, { action: AUDIT_ACTIONS.userUpdate, outcome: "SUCCESS", entityType: "User", entityId: id, ...change });
  });
}

/** Disabling ends every session of the account at once (sessionVersion). */
export async function setUserDisabled(actor: SessionUser, id: string, disabled: boolean): Promise<void> {
  const action = disabled ? AUDIT_ACTIONS.userDisable : AUDIT_ACTIONS.userEnable;
  await managedWrite(actor, action, id, async (tx, before, audit) => {
    if (disabled && before.id === actor.id) throw new AppError("CONFLICT", v.cannotDisableSelf);
    if (!!before.disabledAt === disabled) return;
    const disabledAt = disabled ? new Date() : null;
    await tx.user.update({ where: { id }, data: { disabledAt, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, audit, { action, outcome: "SUCCESS", entityType: "User", entityId: id, before: { disabledAt: before.disabledAt }, after: { disabledAt } });
  });
}

/**
 * Clears a lockout. Sessions are left alone: the lock guards the sign-in, and it may have
 * been tripped by somebody else's guesses while the owner was signed in.
 */
export async function unlockUser(actor: SessionUser, id: string): Promise<void> {
  await managedWrite(actor, AUDIT_ACTIONS.userUnlock, id, async (tx, before, audit) => {
    await tx.user.update({ where: { id }, data: { failedLoginCount: 0, lockedUntil: null } });
    await recordAudit(tx, audit, {
      action: AUDIT_ACTIONS.userUnlock,
      outcome: "SUCCESS",
      entityType: "User",
      entityId: id,
      before: { failedLoginCount: before.failedLoginCount, lockedUntil: before.lockedUntil },
      after: { failedLoginCount: 0, lockedUntil: null },
    });
  });
}

/** A new one-time password the user must replace at the next sign-in; ends their sessions and lockout. */
export async function resetUserPassword(actor: SessionUser, id: string): Promise<IssuedPassword> {
  let password = "";
  await managedWrite(actor, AUDIT_ACTIONS.passwordReset, id, async (tx, before, audit) => {
    if (before.id === actor.id) throw new AppError("CONFLICT", v.cannotResetSelf);
    password = temporaryPassword(before.username);
    await tx.user.update({
      where: { id },
      data: {
        passwordHash: await hashPassword(password),
        passwordChangedAt: new Date(),
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, audit, { action: AUDIT_ACTIONS.passwordReset, outcome: "SUCCESS", entityType: "User", entityId: id, after: { mustChangePassword: true } });
  });
  return { id, temporaryPassword: password };
}

/**
 * Any signed-in user changes their own password, voluntarily or when required to. A wrong
 * current password is audited as a FAILURE, so the form cannot be used to guess quietly.
 * Success ends every session, this one included: the user signs in again with the new one.
 */
export async function changeOwnPassword(actor: SessionUser, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const p = m.account.password;
  const audit = await auditActorOf(actor);
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(passwordHash, input.currentPassword))) {
    await db.$transaction((tx) =>
      recordAudit(tx, audit, { action: AUDIT_ACTIONS.passwordChange, outcome: "FAILURE", entityType: "User", entityId: actor.id, detail: { reason: "wrongCurrentPassword" } }),
    );
    throw new UserFieldError("currentPassword", p.wrongCurrent);
  }
  const problems = passwordProblems(input.newPassword, actor.username);
  if (problems.length > 0) throw new UserFieldError("newPassword", problems.join("；"));
  if (await isRecentPassword(db, actor.id, passwordHash, input.newPassword)) throw new UserFieldError("newPassword", p.reused);
  const hash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Only if the password is still the one just verified: a parallel change wins, this one fails.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, passwordHash },
      data: { passwordHash: hash, passwordChangedAt: new Date(), mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", p.genericError);
    await rememberPassword(tx, actor.id, hash);
    await recordAudit(tx, audit, { action: AUDIT_ACTIONS.passwordChange, outcome: "SUCCESS", entityType: "User", entityId: actor.id, after: { mustChangePassword: false } });
  });
}

const OUT_OF_SCOPE = Symbol("out of scope");

/** Loads the account inside the admin's subtree within the transaction, then lets `write` change it. */
async function managedWrite(actor: SessionUser, action: string, id: string, write: (tx: Tx, before: ManagedUser, audit: AuditActor) => Promise<void>) {
  await assertCanAudited(actor, "user:manage", { action, entityType: "User", entityId: id });
  const audit = await auditActorOf(actor);
  const outcome = await db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id, region: regionSubtree(actor) }, select: MANAGED });
    if (!before) return OUT_OF_SCOPE;
    await write(tx, before, audit);
  });
  if (outcome === OUT_OF_SCOPE) {
    await recordOutOfScope(actor, action, id);
    throw new AppError("NOT_FOUND", v.notFound);
  }
}

/** An id that exists elsewhere is an attempt worth recording; a made-up one is just a 404. */
export async function recordOutOfScope(actor: SessionUser, action: string, id: string): Promise<void> {
  if ((await db.user.count({ where: { id } })) > 0) await recordDenied(actor, { action, entityType: "User", entityId: id }, "outOfScope");
}

/** Two admins creating the same username at once: the loser gets the friendly message too. */
async function uniqueUsername<T>(create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new UserFieldError("username", v.usernameTaken);
    throw e;
  }
}
