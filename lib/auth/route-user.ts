import "server-only";
import { m } from "../i18n";
import { getCurrentUser } from "./current-user";
import type { SessionUser } from "./session-user";

/** Why a route answers a browser session with a refusal instead of its data. */
export interface SessionRefusal {
  status: 401 | 403;
  code: "UNAUTHENTICATED" | "PASSWORD_CHANGE_REQUIRED";
  message: string;
}

/**
 * 403 while the user must change their password (first sign-in, an admin's reset, expiry):
 * every page sends them to /account/password and nowhere else (app/(app)/layout.tsx), so the
 * routes a session reaches (downloads, uploads, /api/v1 summary reads) answer nothing else either.
 */
export function passwordChangeRefusal(user: SessionUser): SessionRefusal | null {
  return user.passwordChange ? { status: 403, code: "PASSWORD_CHANGE_REQUIRED", message: m.apiV1.passwordChange[user.passwordChange] } : null;
}

/** The signed-in user of a browser route (a download or an upload), or why it is refused. */
export async function routeUser(): Promise<{ user: SessionUser } | { refusal: SessionRefusal }> {
  const user = await getCurrentUser();
  if (!user) return { refusal: { status: 401, code: "UNAUTHENTICATED", message: m.errors.signInFirst } };
  const refusal = passwordChangeRefusal(user);
  return refusal ? { refusal } : { user };
}
