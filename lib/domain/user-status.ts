/**
 * An account's status as the admin pages show it. Pure. A lock is a time (lockedUntil), not
 * a flag: once it passes, the account is active again without anybody touching it.
 */
export const USER_STATUSES = ["ACTIVE", "DISABLED", "LOCKED"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export function userStatus(user: { disabledAt: Date | null; lockedUntil: Date | null }, now = new Date()): UserStatus {
  if (user.disabledAt) return "DISABLED";
  if (user.lockedUntil && user.lockedUntil.getTime() > now.getTime()) return "LOCKED";
  return "ACTIVE";
}
