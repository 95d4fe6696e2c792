/**
 * The writes on accounts that both callers share:
 * - the admin pages, through lib/dal/users.ts, scoped to the admin's region subtree;
 * - the command line (scripts/user-create.ts), which bootstraps the first admin as the system.
 *
 * No "server-only" marker, because the command line runs outside Next.js where that marker
 * throws; the system entry point refuses to run inside the Next.js server instead.
 */
import { AUDIT_ACTIONS } from "../audit/actions";
import { recordAudit, SYSTEM_ACTOR, type AuditActor } from "../audit/record";
import { hashPassword, verifyPassword } from "../auth/password-hash";
import { PASSWORD_HISTORY_DEPTH, passwordProblems } from "../auth/password-policy";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { m } from "../i18n";
import { placementProblems, type TUserPlacement } from "../validation/users";
import { activeRegionSubtree } from "./scope";

type Tx = Prisma.TransactionClient;
const v = m.users.validation;

/** An expected refusal that belongs next to one form field. */
export class UserFieldError extends AppError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super("INVALID", message);
  }
}

/**
 * The region must lie in `scopePath` (the admin's subtree; "/" for the system) and the
 * hospital or unit in the region's subtree, so that the reporter's own region scoping
 * covers the organisation they report for.
 */
export async function assertPlacement(tx: Tx, scopePath: string, p: TUserPlacement): Promise<void> {
  const [problem] = placementProblems(p);
  if (problem) throw new UserFieldError(problem.field, problem.message);
  const region = await tx.region.findFirst({ where: { id: p.regionId, ...activeRegionSubtree({ regionPath: scopePath }) }, select: { path: true } });
  if (!region) throw new UserFieldError("regionId", v.regionOutOfScope);
  const within = { archivedAt: null, region: { path: { startsWith: region.path } } };
  if (p.hospitalId && (await tx.hospital.count({ where: { id: p.hospitalId, ...within } })) === 0) {
    throw new UserFieldError("hospitalId", v.hospitalOutOfRegion);
  }
  if (p.unitId && (await tx.responsibleUnit.count({ where: { id: p.unitId, ...within } })) === 0) {
    throw new UserFieldError("unitId", v.unitOutOfRegion);
  }
}

export interface NewUser extends TUserPlacement {
  username: string;
  displayName: string;
}

export interface InitialPassword {
  hash: string;
  mustChange: boolean;
  /** Only passwords the user chose enter the history; a generated one is never reused anyway. */
  remember: boolean;
}

/** Inserts the account and its audit record; the caller owns the transaction and the scope check. */
export async function insertUser(tx: Tx, actor: AuditActor, user: NewUser, password: InitialPassword): Promise<string> {
  if ((await tx.user.count({ where: { username: user.username } })) > 0) throw new UserFieldError("username", v.usernameTaken);
  // Field by field: whatever else the caller's object carries never reaches the row or the log.
  const { username, displayName, role, regionId, hospitalId, unitId } = user;
  const fields = { username, displayName, role, regionId, hospitalId, unitId, mustChangePassword: password.mustChange };
  const { id } = await tx.user.create({ data: { ...fields, passwordHash: password.hash, passwordChangedAt: new Date() }, select: { id: true } });
  if (password.remember) await rememberPassword(tx, id, password.hash);
  await recordAudit(tx, actor, { action: AUDIT_ACTIONS.userCreate, outcome: "SUCCESS", entityType: "User", entityId: id, after: fields });
  return id;
}

/** Adds a password to the user's history and keeps only the newest PASSWORD_HISTORY_DEPTH. */
export async function rememberPassword(tx: Tx, userId: string, hash: string): Promise<void> {
  await tx.passwordHistory.create({ data: { userId, hash } });
  const older = await tx.passwordHistory.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: PASSWORD_HISTORY_DEPTH,
    select: { id: true },
  });
  if (older.length > 0) await tx.passwordHistory.deleteMany({ where: { id: { in: older.map((h) => h.id) } } });
}

/**
 * Whether `password` is the current one or one of the last PASSWORD_HISTORY_DEPTH (等保
 * 身份鉴别: no reuse). Hashes are salted, so each is verified in turn.
 */
export async function isRecentPassword(tx: Tx | Db, userId: string, currentHash: string, password: string): Promise<boolean> {
  const history = await tx.passwordHistory.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PASSWORD_HISTORY_DEPTH,
    select: { hash: true },
  });
  for (const hash of [currentHash, ...history.map((h) => h.hash)]) {
    if (await verifyPassword(hash, password)) return true;
  }
  return false;
}

/**
 * The command line's account creation: acts as the system, anywhere in the region tree.
 * Refuses to run inside the Next.js server (which sets NEXT_RUNTIME), so no request reaches it.
 */
export async function createUserAsSystem(prisma: Db, user: NewUser, password: string, mustChange: boolean): Promise<string> {
  if (process.env.NEXT_RUNTIME) throw new Error("createUserAsSystem 仅供命令行使用，不能在 Web 服务中调用");
  const problems = passwordProblems(password, user.username);
  if (problems.length > 0) throw new UserFieldError("password", problems.join("；"));
  const hash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    await assertPlacement(tx, "/", user);
    return insertUser(tx, SYSTEM_ACTOR, user, { hash, mustChange, remember: true });
  });
}
