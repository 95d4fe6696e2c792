import "server-only";
import { AUDIT_ACTIONS } from "../audit/actions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { userStatus, type UserStatus } from "../domain/user-status";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import type { TUserListQuery } from "../validation/users";
import { assertCanAudited } from "./access-audit";
import { regionSubtree } from "./scope";
import { recordOutOfScope } from "./users";

/** What the admin pages read about accounts, always inside the admin's region subtree. */

export const USER_PAGE_SIZE = 20;

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionName: string;
  organisationName: string | null;
  status: UserStatus;
  lastLoginAt: Date | null;
  totpEnrolled: boolean;
}

export interface UserPage {
  rows: UserRow[];
  total: number;
  page: number;
  pageCount: number;
}

const ROW = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  disabledAt: true,
  lockedUntil: true,
  lastLoginAt: true,
  totpEnabledAt: true,
  region: { select: { name: true } },
  hospital: { select: { name: true } },
  unit: { select: { name: true } },
} satisfies Prisma.UserSelect;

function statusWhere(status: UserStatus | null, now: Date): Prisma.UserWhereInput {
  if (status === "DISABLED") return { disabledAt: { not: null } };
  if (status === "LOCKED") return { disabledAt: null, lockedUntil: { gt: now } };
  if (status === "ACTIVE") return { disabledAt: null, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] };
  return {};
}

function orderBy({ sort, dir }: TUserListQuery): Prisma.UserOrderByWithRelationInput[] {
  const byName = { username: "asc" } as const;
  switch (sort) {
    case "displayName":
      return [{ displayName: dir }, byName];
    case "role":
      return [{ role: dir }, byName];
    case "region":
      return [{ region: { path: dir } }, byName];
    // Disabled last (or first), then locked: the order the filter offers them in.
    case "status":
      return [{ disabledAt: { sort: dir, nulls: dir === "asc" ? "first" : "last" } }, { lockedUntil: { sort: dir, nulls: dir === "asc" ? "first" : "last" } }, byName];
    case "lastLoginAt":
      return [{ lastLoginAt: { sort: dir, nulls: "last" } }, byName];
    default:
      return [{ username: dir }];
  }
}

export async function listUsers(actor: SessionUser, query: TUserListQuery, now = new Date()): Promise<UserPage> {
  await assertCanAudited(actor, "user:manage", { action: AUDIT_ACTIONS.userList, entityType: "User" });
  const where: Prisma.UserWhereInput = {
    region: regionSubtree(actor),
    ...(query.role ? { role: query.role } : {}),
    ...(query.q ? { AND: [{ OR: [{ username: { contains: query.q, mode: "insensitive" } }, { displayName: { contains: query.q, mode: "insensitive" } }] }] } : {}),
    ...statusWhere(query.status, now),
  };
  const total = await db.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / USER_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const users = await db.user.findMany({ where, orderBy: orderBy(query), skip: (page - 1) * USER_PAGE_SIZE, take: USER_PAGE_SIZE, select: ROW });
  return {
    rows: users.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      regionName: u.region.name,
      organisationName: u.hospital?.name ?? u.unit?.name ?? null,
      status: userStatus(u, now),
      lastLoginAt: u.lastLoginAt,
      totpEnrolled: u.totpEnabledAt !== null,
    })),
    total,
    page,
    pageCount,
  };
}

export interface UserDetail extends UserRow {
  regionId: string;
  hospitalId: string | null;
  unitId: string | null;
  createdAt: Date;
  lastLoginIp: string | null;
  passwordChangedAt: Date | null;
  mustChangePassword: boolean;
  failedLoginCount: number;
  lockedUntil: Date | null;
  isSelf: boolean;
}

/** One account, or null when it lies outside the admin's subtree (the page answers 404; audited). */
export async function getManagedUser(actor: SessionUser, id: string, now = new Date()): Promise<UserDetail | null> {
  await assertCanAudited(actor, "user:manage", { action: AUDIT_ACTIONS.userRead, entityType: "User", entityId: id });
  const u = await db.user.findFirst({
    where: { id, region: regionSubtree(actor) },
    select: { ...ROW, regionId: true, hospitalId: true, unitId: true, createdAt: true, lastLoginIp: true, passwordChangedAt: true, mustChangePassword: true, failedLoginCount: true },
  });
  if (!u) {
    await recordOutOfScope(actor, AUDIT_ACTIONS.userRead, id);
    return null;
  }
  const { region, hospital, unit, disabledAt, totpEnabledAt, ...rest } = u;
  return {
    ...rest,
    regionName: region.name,
    organisationName: hospital?.name ?? unit?.name ?? null,
    status: userStatus({ disabledAt, lockedUntil: u.lockedUntil }, now),
    totpEnrolled: totpEnabledAt !== null,
    isSelf: u.id === actor.id,
  };
}
