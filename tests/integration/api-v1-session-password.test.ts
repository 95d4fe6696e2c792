/**
 * The summary reads of /api/v1 for a signed-in browser session whose user must change their
 * password: refused with a Chinese 403 until the change, as every page sends such a user to
 * /account/password. The session is a real one (sign-in through lib/dal/authentication), read
 * back the way getCurrentUser reads the cookie's claims; only the cookie itself is left out
 * (tests/e2e/api-password-change.spec.ts sends a real one).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionUserFor } from "@/lib/api/v1/respond";
import { userOfSession, type SessionClaims } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { authenticate } from "@/lib/dal/authentication";
import { changeOwnPassword, createUser } from "@/lib/dal/users";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { apiRequest, type Loose } from "../helpers/api-v1";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";

const NEW_PASSWORD = "Leader#Read2026";
const PATHS = ["/plans", "/plans/WZ-2023-80/summary", "/targets/any"];
let db: TestDatabase;
let temporary: string;
let userId: string;

/** Signs in: the claims the session cookie would carry. */
async function signIn(password: string): Promise<SessionClaims> {
  const result = await authenticate({ username: "pw-leader", password, ip: "10.9.0.1", userAgent: "vitest" });
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return { uid: result.userId, sv: result.sessionVersion, sid: result.sessionId };
}

/** Signs in and reads the session back as getCurrentUser does for its cookie. */
const signedIn = async (password: string) => userOfSession(await signIn(password));

/** The refusal the endpoint would send (status and JSON body), or the user it would answer. */
async function answerFor(user: SessionUser | null, path: string): Promise<{ status: number; body?: Loose; user?: SessionUser }> {
  const auth = await sessionUserFor(apiRequest(path), user, "dashboard:read");
  return "refused" in auth ? { status: auth.refused.status, body: auth.refused.body as Loose } : { status: 200, user: auth.user };
}

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  const admin = await actorFor(db.prisma, "admin");
  const issued = await createUser(admin, { username: "pw-leader", displayName: "新领导", role: "LEADER", regionId: admin.regionId, hospitalId: null, unitId: null });
  ({ temporaryPassword: temporary, id: userId } = issued);
});
afterAll(() => db?.close());

describe("summary reads by session, password change pending", () => {
  it("refuses a new account signed in with its temporary password, in Chinese, on every summary endpoint", async () => {
    const user = await signedIn(temporary);
    expect(user?.passwordChange).toBe("required");
    for (const path of PATHS) {
      const res = await answerFor(user, path);
      expect(res.status, path).toBe(403);
      expect(res.body?.error, path).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED", message: expect.stringMatching(/请先修改密码/) });
    }
  });

  it("refuses an expired password the same way, saying why", async () => {
    await db.prisma.user.update({ where: { id: userId }, data: { mustChangePassword: false, passwordChangedAt: new Date("2020-01-01T00:00:00Z") } });
    const user = await signedIn(temporary);
    expect(user?.passwordChange).toBe("expired");
    const res = await answerFor(user, "/plans");
    expect(res.status).toBe(403);
    expect(res.body?.error).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED", message: expect.stringMatching(/密码已过期/) });
    await db.prisma.user.update({ where: { id: userId }, data: { mustChangePassword: true, passwordChangedAt: new Date() } });
  });

  it("answers once the password is changed; the session that changed it has ended (401)", async () => {
    const claims = await signIn(temporary);
    await changeOwnPassword((await userOfSession(claims))!, { currentPassword: temporary, newPassword: NEW_PASSWORD });
    const ended = await userOfSession(claims);
    expect(ended).toBeNull();
    expect((await answerFor(ended, "/plans")).status).toBe(401);
    const after = await signedIn(NEW_PASSWORD);
    expect(after?.passwordChange).toBeNull();
    expect(await answerFor(after, "/plans")).toMatchObject({ status: 200, user: { username: "pw-leader" } });
  });

  it("still refuses a role without the permission after the change (403 FORBIDDEN, not the password answer)", async () => {
    const auditor = { ...(await actorFor(db.prisma, "auditor")), passwordChange: null };
    const res = await answerFor(auditor, "/plans");
    expect(res.status).toBe(403);
    expect(res.body?.error.code).toBe("FORBIDDEN");
  });
});
