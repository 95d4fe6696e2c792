import "server-only";
import { db } from "../db";
import { hashPassword, verifyPassword } from "../auth/password-hash";

/** Verified against when the username is unknown, so both failures take the same time. */
let dummyHash: Promise<string> | undefined;

/** Checks a username and password; returns the user, or null with no hint of which was wrong. */
export async function authenticate(username: string, password: string) {
  const user = await db.user.findUnique({
    where: { username: username.trim() },
    select: { id: true, displayName: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  dummyHash ??= hashPassword("not-a-real-password-Aa1!");
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok || user.disabledAt) return null;
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion };
}
