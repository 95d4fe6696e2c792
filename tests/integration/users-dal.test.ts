import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditLog } from "@/lib/audit/verify";
import { verifyPassword } from "@/lib/auth/password-hash";
import { getManagedUser, listUsers } from "@/lib/dal/user-directory";
import { placementOptions } from "@/lib/dal/user-placement-options";
import { createUserAsSystem, UserFieldError } from "@/lib/dal/user-records";
import { changeOwnPassword, createUser, resetUserPassword, setUserDisabled, unlockUser, updateUser } from "@/lib/dal/users";
import { ZUserCreate, ZUserListQuery, type TUserCreate } from "@/lib/validation/users";
import { seedDatabase } from "@/seed";
import { DEMO_PASSWORD } from "@/seed/demo";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";
import { rejection } from "../helpers/rejection";

let db: TestDatabase;
const ids: Record<string, string> = {};

const actingUser = (username: string) => actorFor(db.prisma, username);

const stored = (id: string) =>
  db.prisma.user.findUniqueOrThrow({
    where: { id },
    select: { passwordHash: true, role: true, displayName: true, sessionVersion: true, mustChangePassword: true, disabledAt: true, failedLoginCount: true, lockedUntil: true },
  });
/** Successful (or, when asked, other) audit events of one action on one account, oldest first. */
const auditsOf = (action: string, entityId: string, outcome?: "SUCCESS" | "DENIED" | "FAILURE") =>
  db.prisma.auditEvent.findMany({ where: { action, entityId, ...(outcome ? { outcome } : {}) }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  for (const r of await db.prisma.region.findMany({ select: { id: true, code: true } })) ids[r.code] = r.id;
  for (const h of await db.prisma.hospital.findMany({ where: { code: { in: ["WZ-WMU1", "WZ-CENTRAL"] } }, select: { id: true, code: true } })) ids[h.code] = h.id;
  for (const u of await db.prisma.user.findMany({ select: { id: true, username: true } })) ids[u.username] = u.id;
});
afterAll(() => db?.close());

const reporter = (over: Partial<TUserCreate> = {}): TUserCreate => ({
  username: "wmu1-zhang",
  displayName: "张医生",
  role: "HOSPITAL_REPORTER",
  regionId: ids["330300"],
  hospitalId: ids["WZ-WMU1"],
  unitId: null,
  ...over,
});

describe("creating and editing accounts", () => {
  it("validates the form field by field in Chinese, and refuses a reporter without a hospital", () => {
    const parsed = ZUserCreate.safeParse({ username: "Zhang San", displayName: "", role: "HOSPITAL_REPORTER", regionId: ids["330300"], hospitalId: "" });
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries(parsed.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages.username).toMatch(/小写字母/);
    expect(messages.displayName).toBe("请填写姓名");
    const noHospital = ZUserCreate.safeParse({ username: "zhang", displayName: "张三", role: "HOSPITAL_REPORTER", regionId: ids["330300"], hospitalId: "" });
    expect(noHospital.error?.issues).toEqual([expect.objectContaining({ path: ["hospitalId"], message: "医院填报员须选择所属医疗机构" })]);
    const staffWithHospital = ZUserCreate.safeParse({ username: "zhang", displayName: "张三", role: "STAFF", regionId: ids["330300"], hospitalId: ids["WZ-WMU1"] });
    expect(staffWithHospital.error?.issues[0]).toMatchObject({ path: ["hospitalId"], message: "只有医院填报员需要选择医疗机构" });
  });

  it("refuses a reporter without a hospital in the data-access layer too", async () => {
    const admin = await actingUser("admin");
    const e = await rejection(createUser(admin, reporter({ hospitalId: null })));
    expect(e).toBeInstanceOf(UserFieldError);
    expect(e).toMatchObject({ field: "hospitalId", code: "INVALID" });
    expect(await db.prisma.user.count({ where: { username: "wmu1-zhang" } })).toBe(0);
  });

  it("creates a reporter with a one-time password that must be changed, and audits it without secrets", async () => {
    const admin = await actingUser("admin");
    const { id, temporaryPassword } = await createUser(admin, reporter());
    ids.zhang = id;
    const user = await stored(id);
    expect(user.mustChangePassword).toBe(true);
    expect(await verifyPassword(user.passwordHash, temporaryPassword)).toBe(true);
    const [audit] = await auditsOf("user.create", id);
    expect(audit).toMatchObject({ outcome: "SUCCESS", userId: admin.id, username: "admin", role: "ADMIN" });
    expect(audit.after).toMatchObject({ username: "wmu1-zhang", role: "HOSPITAL_REPORTER", hospitalId: ids["WZ-WMU1"], mustChangePassword: true });
    const written = JSON.stringify({ ...audit, id: String(audit.id) });
    expect(written).not.toContain(user.passwordHash);
    expect(written).not.toContain(temporaryPassword);
  });

  it("refuses a taken username, a region outside the admin's subtree and a hospital outside the chosen region", async () => {
    const admin = await actingUser("admin");
    expect(await rejection(createUser(admin, reporter()))).toMatchObject({ field: "username", message: "该用户名已被使用" });
    expect(await rejection(createUser(admin, reporter({ username: "tj-1", role: "LEADER", hospitalId: null, regionId: ids["120000"] })))).toMatchObject({ field: "regionId" });
    // 温医大附一院 is a city hospital: a 鹿城区 reporter cannot report for it.
    expect(await rejection(createUser(admin, reporter({ username: "lc-1", regionId: ids["330302"] })))).toMatchObject({ field: "hospitalId", message: "所选医疗机构不在该行政区划内" });
  });

  it("edits the display name without ending sessions, and a role change ends them; both audited with before and after", async () => {
    const admin = await actingUser("admin");
    const base = { id: ids.zhang, displayName: "张医生", role: "HOSPITAL_REPORTER" as const, regionId: ids["330300"], hospitalId: ids["WZ-WMU1"], unitId: null };
    const v0 = (await stored(ids.zhang)).sessionVersion;
    await updateUser(admin, { ...base, displayName: "张三医生" });
    expect(await stored(ids.zhang)).toMatchObject({ displayName: "张三医生", sessionVersion: v0 });
    await updateUser(admin, { ...base, displayName: "张三医生", hospitalId: ids["WZ-CENTRAL"] });
    expect((await stored(ids.zhang)).sessionVersion).toBe(v0 + 1);
    const audits = await auditsOf("user.update", ids.zhang, "SUCCESS");
    expect(audits.map((a) => [a.before, a.after])).toEqual([
      [{ displayName: "张医生" }, { displayName: "张三医生" }],
      [{ hospitalId: ids["WZ-WMU1"] }, { hospitalId: ids["WZ-CENTRAL"] }],
    ]);
  });

  it("does not let an admin demote, move or disable themselves", async () => {
    const admin = await actingUser("admin");
    const self = { id: admin.id, displayName: admin.displayName, role: "ADMIN" as const, regionId: admin.regionId, hospitalId: null, unitId: null };
    expect(await rejection(updateUser(admin, { ...self, role: "STAFF" }))).toMatchObject({ field: "role" });
    expect(await rejection(updateUser(admin, { ...self, regionId: ids["330302"] }))).toMatchObject({ field: "regionId" });
    expect(await rejection(setUserDisabled(admin, admin.id, true))).toMatchObject({ code: "CONFLICT" });
    expect(await stored(admin.id)).toMatchObject({ role: "ADMIN", disabledAt: null });
  });
});

describe("scope and permission", () => {
  it("hides a 天津 user from the 温州 admin: not listed, null on read, 404 on write, each attempt audited", async () => {
    const admin = await actingUser("admin");
    const tj = ids["tj-leader"];
    const page = await listUsers(admin, ZUserListQuery.parse({ q: "", sort: "username" }));
    expect(page.rows.map((r) => r.username)).toContain("leader");
    expect(page.rows.map((r) => r.username)).not.toContain("tj-leader");
    expect(page.rows.map((r) => r.username)).not.toContain("gz-staff");
    expect(await getManagedUser(admin, tj)).toBeNull();
    const before = await stored(tj);
    for (const write of [
      () => updateUser(admin, { id: tj, displayName: "x", role: "LEADER", regionId: ids["120000"], hospitalId: null, unitId: null }),
      () => setUserDisabled(admin, tj, true),
      () => unlockUser(admin, tj),
      () => resetUserPassword(admin, tj),
    ]) {
      expect(await rejection(write())).toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await stored(tj)).toEqual(before);
    const denied = await db.prisma.auditEvent.findMany({ where: { outcome: "DENIED", entityId: tj }, select: { action: true, userId: true, detail: true } });
    expect(denied.map((d) => d.action).sort()).toEqual(["user.disable", "user.passwordReset", "user.read", "user.unlock", "user.update"]);
    expect(denied.every((d) => d.userId === admin.id && (d.detail as { reason: string }).reason === "outOfScope")).toBe(true);
    // An id that exists nowhere is a plain 404, not an attempt on somebody's account.
    expect(await getManagedUser(admin, "no-such-user")).toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { entityId: "no-such-user" } })).toBe(0);
  });

  it.each(["staff", "leader", "auditor", "wmu1"])("refuses %s every account function with FORBIDDEN and audits the refusal", async (username) => {
    const actor = await actingUser(username);
    const target = ids.zhang;
    const attempts: [string, () => Promise<unknown>][] = [
      ["user.list", () => listUsers(actor, ZUserListQuery.parse({}))],
      ["user.read", () => getManagedUser(actor, target)],
      ["user.read", () => placementOptions(actor)],
      ["user.create", () => createUser(actor, reporter({ username: `by-${username}` }))],
      ["user.update", () => updateUser(actor, { id: target, displayName: "改名", role: "ADMIN", regionId: ids["330300"], hospitalId: null, unitId: null })],
      ["user.disable", () => setUserDisabled(actor, target, true)],
      ["user.unlock", () => unlockUser(actor, target)],
      ["user.passwordReset", () => resetUserPassword(actor, target)],
    ];
    for (const [, attempt] of attempts) expect(await rejection(attempt())).toMatchObject({ code: "FORBIDDEN" });
    const denied = await db.prisma.auditEvent.findMany({ where: { userId: actor.id, outcome: "DENIED" }, select: { action: true, role: true, detail: true } });
    expect(denied.map((d) => d.action).sort()).toEqual(attempts.map(([a]) => a).sort());
    expect(denied.every((d) => d.role === actor.role && (d.detail as { reason: string }).reason === "forbidden")).toBe(true);
    expect(await stored(target)).toMatchObject({ displayName: "张三医生", role: "HOSPITAL_REPORTER", disabledAt: null });
  });
});

describe("account lifecycle", () => {
  it("disables (ending sessions) and enables again, audited", async () => {
    const admin = await actingUser("admin");
    const v0 = (await stored(ids.zhang)).sessionVersion;
    await setUserDisabled(admin, ids.zhang, true);
    const disabled = await stored(ids.zhang);
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.sessionVersion).toBe(v0 + 1);
    const page = await listUsers(admin, ZUserListQuery.parse({ status: "DISABLED" }));
    expect(page.rows.map((r) => r.username)).toEqual(["wmu1-zhang"]);
    await setUserDisabled(admin, ids.zhang, false);
    expect(await stored(ids.zhang)).toMatchObject({ disabledAt: null, sessionVersion: v0 + 2 });
    expect((await auditsOf("user.disable", ids.zhang, "SUCCESS"))[0]).toMatchObject({ outcome: "SUCCESS", before: { disabledAt: null } });
    expect((await auditsOf("user.enable", ids.zhang, "SUCCESS"))[0]).toMatchObject({ outcome: "SUCCESS", after: { disabledAt: null } });
  });

  it("unlocks a locked account", async () => {
    const admin = await actingUser("admin");
    await db.prisma.user.update({ where: { id: ids.zhang }, data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() + 15 * 60_000) } });
    expect((await listUsers(admin, ZUserListQuery.parse({ status: "LOCKED" }))).rows.map((r) => r.username)).toEqual(["wmu1-zhang"]);
    await unlockUser(admin, ids.zhang);
    expect(await stored(ids.zhang)).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
    expect((await auditsOf("user.unlock", ids.zhang, "SUCCESS"))[0]).toMatchObject({ before: { failedLoginCount: 5 }, after: { failedLoginCount: 0, lockedUntil: null } });
  });

  it("resets a password: a new one-time password, a forced change, sessions ended; never the admin's own", async () => {
    const admin = await actingUser("admin");
    const wmu1 = ids.wmu1;
    const before = await stored(wmu1);
    expect(before.mustChangePassword).toBe(false);
    const { temporaryPassword } = await resetUserPassword(admin, wmu1);
    const after = await stored(wmu1);
    expect(after.mustChangePassword).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, temporaryPassword)).toBe(true);
    expect(await verifyPassword(after.passwordHash, DEMO_PASSWORD)).toBe(false);
    expect(await auditsOf("user.passwordReset", wmu1, "SUCCESS")).toHaveLength(1);
    expect(await rejection(resetUserPassword(admin, admin.id))).toMatchObject({ code: "CONFLICT" });
  });
});

describe("changing one's own password", () => {
  const history = ["Wz#Report01", "Wz#Report02", "Wz#Report03", "Wz#Report04", "Wz#Report05"];

  it("refuses a wrong current password (audited as a failure) and a password that breaks the policy", async () => {
    const zxyy = await actingUser("zxyy");
    expect(await rejection(changeOwnPassword(zxyy, { currentPassword: "wrong", newPassword: history[0] }))).toMatchObject({ field: "currentPassword" });
    expect(await auditsOf("user.passwordChange", zxyy.id)).toEqual([expect.objectContaining({ outcome: "FAILURE" })]);
    expect(await rejection(changeOwnPassword(zxyy, { currentPassword: DEMO_PASSWORD, newPassword: "zxyy2026!" }))).toMatchObject({ field: "newPassword" });
  });

  it("changes it: new hash, change no longer required, sessions ended, audited", async () => {
    const zxyy = await actingUser("zxyy");
    await db.prisma.user.update({ where: { id: zxyy.id }, data: { mustChangePassword: true } });
    const before = await stored(zxyy.id);
    await changeOwnPassword(zxyy, { currentPassword: DEMO_PASSWORD, newPassword: history[0] });
    const after = await stored(zxyy.id);
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, history[0])).toBe(true);
    expect((await auditsOf("user.passwordChange", zxyy.id)).map((a) => a.outcome)).toEqual(["FAILURE", "SUCCESS"]);
  });

  it("rejects a reuse of any of the last 5 passwords, and forgets the sixth", async () => {
    const zxyy = await actingUser("zxyy");
    for (let i = 1; i < history.length; i++) await changeOwnPassword(zxyy, { currentPassword: history[i - 1], newPassword: history[i] });
    const current = history[history.length - 1];
    for (const old of history) {
      expect(await rejection(changeOwnPassword(zxyy, { currentPassword: current, newPassword: old }))).toMatchObject({ field: "newPassword", message: "新密码不能与最近 5 次使用过的密码相同" });
    }
    await changeOwnPassword(zxyy, { currentPassword: current, newPassword: "Wz#Report06" });
    expect(await db.prisma.passwordHistory.count({ where: { userId: zxyy.id } })).toBe(5);
    // history[0] is now six passwords back: allowed again.
    await changeOwnPassword(zxyy, { currentPassword: "Wz#Report06", newPassword: history[0] });
    expect(await db.prisma.passwordHistory.count({ where: { userId: zxyy.id } })).toBe(5);
  });
});

describe("bootstrap from the command line", () => {
  it("creates an admin as the system, with the password in its history, and refuses a weak password", async () => {
    const account = { username: "ops-admin", displayName: "运维管理员", role: "ADMIN" as const, regionId: ids["330300"], hospitalId: null, unitId: null };
    expect(await rejection(createUserAsSystem(db.prisma, account, "password123", true))).toMatchObject({ field: "password" });
    const id = await createUserAsSystem(db.prisma, account, "Ops#Bootstrap9", true);
    expect(await stored(id)).toMatchObject({ role: "ADMIN", mustChangePassword: true });
    expect(await db.prisma.passwordHistory.count({ where: { userId: id } })).toBe(1);
    expect((await auditsOf("user.create", id))[0]).toMatchObject({ username: "system", userId: null, outcome: "SUCCESS" });
  });

  it("leaves an audit chain that still verifies after all of the above", async () => {
    const result = await verifyAuditLog(db.prisma);
    expect(result.breaks).toEqual([]);
    expect(result.checked).toBeGreaterThan(30);
  });
});
