import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { recordAudit, SYSTEM_ACTOR, type AuditActor, type AuditEntry } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session-user";
import { AUDIT_PAGE_SIZE, exportAuditEvents, searchAuditEvents, verifyAuditIntegrity } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import { AUDIT_EXPORT_HEADERS, auditEventsToXlsx } from "@/lib/export/audit";
import type { TAuditCursor, TAuditFilters } from "@/lib/validation/audit";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
let auditor: SessionUser; // 温州市
let tjAuditor: SessionUser; // 天津市, created here: the demo seed has none
let admin: SessionUser;

const actingUser = (username: string) => actorFor(db.prisma, username);

const actorOf = (u: SessionUser, ip = "10.0.0.8"): AuditActor => ({ userId: u.id, username: u.username, role: u.role, regionId: u.regionId, ip, userAgent: "Mozilla/5.0 (测试)" });

/** One event at a chosen instant: only Date is faked, so the database's own timers still run. */
async function eventAt(iso: string, actor: AuditActor, entry: AuditEntry) {
  vi.setSystemTime(new Date(iso));
  await db.prisma.$transaction((tx) => recordAudit(tx, actor, entry));
}

const FORMULA_USERNAME = '=HYPERLINK("http://evil.example","点我")';
const REPORT_SAVES = 120;

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  const tianjin = await db.prisma.region.findUniqueOrThrow({ where: { code: "120000" }, select: { id: true } });
  await db.prisma.user.create({ data: { username: "tj-auditor", displayName: "天津审计员", role: "AUDITOR", regionId: tianjin.id, passwordHash: "unused" } });
  [auditor, tjAuditor, admin] = await Promise.all(["auditor", "tj-auditor", "admin"].map(actingUser));
  const [wmu1, tjLeader] = await Promise.all(["wmu1", "tj-leader"].map(actingUser));

  vi.useFakeTimers({ toFake: ["Date"] });
  // 23:30 on 1 March and 00:30 on 2 March in Beijing: one hour apart, two different days.
  await eventAt("2026-03-01T15:30:00Z", actorOf(wmu1), { action: "auth.signIn", outcome: "SUCCESS", entityType: "User", entityId: wmu1.id });
  await eventAt("2026-03-01T16:30:00Z", actorOf(wmu1), { action: "auth.signIn", outcome: "FAILURE", entityType: "User", entityId: wmu1.id, detail: { reason: "password" } });
  await eventAt("2026-03-02T02:00:00Z", actorOf(admin), { action: "user.create", outcome: "SUCCESS", entityType: "User", entityId: "u-new", after: { username: "new-user", role: "STAFF" } });
  await eventAt("2026-03-02T02:05:00Z", actorOf(admin), { action: "user.update", outcome: "SUCCESS", entityType: "User", entityId: "u-new", before: { displayName: "旧名" }, after: { displayName: "+新名" } });
  await eventAt("2026-03-02T02:10:00Z", actorOf(admin), { action: "user.disable", outcome: "SUCCESS", entityType: "User", entityId: "u-new" });
  await eventAt("2026-03-03T01:00:00Z", actorOf(tjLeader), { action: "auth.signIn", outcome: "SUCCESS", entityType: "User", entityId: tjLeader.id });
  // A failed sign-in under a name that is no account: no region, so every auditor sees it.
  await eventAt("2026-03-03T02:00:00Z", { ...SYSTEM_ACTOR, username: FORMULA_USERNAME, ip: "203.0.113.9" }, { action: "auth.signIn", outcome: "FAILURE", detail: { reason: "invalid" } });
  await eventAt("2026-03-03T03:00:00Z", { ...SYSTEM_ACTOR }, { action: "system.seed", outcome: "SUCCESS" });
  for (let i = 0; i < REPORT_SAVES; i++) {
    await eventAt(new Date(Date.UTC(2026, 3, 1, 1, i)).toISOString(), actorOf(wmu1), { action: "report.save", outcome: "SUCCESS", entityType: "ProgressReport", entityId: `r-${i}` });
  }
  vi.useRealTimers();
}, 300_000);
afterAll(() => db?.close());

const search = (user: SessionUser, filters: TAuditFilters, cursor?: TAuditCursor) => searchAuditEvents(user, filters, { cursor });
const actionsOf = (events: { action: string }[]) => events.map((e) => e.action);

describe("searching the audit log", () => {
  it("filters by username (contains, any case), newest first, ids as strings", async () => {
    const page = await search(auditor, { user: "MU1", to: "2026-03-31" });
    expect(actionsOf(page.events)).toEqual(["auth.signIn", "auth.signIn"]);
    expect(page.events.map((e) => e.outcome)).toEqual(["FAILURE", "SUCCESS"]);
    expect(page.events[0].id).toMatch(/^\d+$/);
    expect(Number(page.events[0].id)).toBeGreaterThan(Number(page.events[1].id));
    expect(page.events[0]).toMatchObject({ username: "wmu1", role: "HOSPITAL_REPORTER", regionName: "温州市", ip: "10.0.0.8", detail: { reason: "password" } });
  });

  it("filters by action: a prefix ending in '.' or one exact code", async () => {
    expect(actionsOf((await search(auditor, { action: "user." })).events)).toEqual(["user.disable", "user.update", "user.create"]);
    expect(actionsOf((await search(auditor, { action: "user.create" })).events)).toEqual(["user.create"]);
    expect((await search(auditor, { action: "user" })).events).toEqual([]);
    const update = (await search(auditor, { action: "user.update", entityType: "User", entityId: "u-new" })).events[0];
    expect(update).toMatchObject({ before: { displayName: "旧名" }, after: { displayName: "+新名" } });
  });

  it("filters by outcome", async () => {
    const failures = await search(auditor, { outcome: "FAILURE", action: "auth." });
    expect(failures.events.map((e) => e.username)).toEqual([FORMULA_USERNAME, "wmu1"]);
  });

  it("takes date ranges as whole days in Beijing time, both ends included", async () => {
    const onFirst = await search(auditor, { action: "auth.", from: "2026-03-01", to: "2026-03-01" });
    expect(onFirst.events.map((e) => e.outcome)).toEqual(["SUCCESS"]); // 23:30 Beijing; 00:30 is the 2nd
    const onSecond = await search(auditor, { from: "2026-03-02", to: "2026-03-02" });
    expect(actionsOf(onSecond.events)).toEqual(["user.disable", "user.update", "user.create", "auth.signIn"]);
    expect((await search(auditor, { from: "2026-03-04", to: "2026-03-31" })).total).toBe(0);
  });

  it("pages 50 at a time by keyset, forwards and back", async () => {
    const first = await search(auditor, { action: "report.save" });
    expect(first).toMatchObject({ total: REPORT_SAVES, firstPosition: 1, newerCursor: null });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0].entityId).toBe(`r-${REPORT_SAVES - 1}`);
    const second = await search(auditor, { action: "report.save" }, first.olderCursor!);
    expect(second.firstPosition).toBe(51);
    const third = await search(auditor, { action: "report.save" }, second.olderCursor!);
    expect(third).toMatchObject({ firstPosition: 101, olderCursor: null });
    expect(third.events).toHaveLength(REPORT_SAVES - 2 * AUDIT_PAGE_SIZE);
    expect(third.events.at(-1)!.entityId).toBe("r-0");
    const all = [...first.events, ...second.events, ...third.events].map((e) => e.entityId);
    expect(new Set(all).size).toBe(REPORT_SAVES);
    const back = await search(auditor, { action: "report.save" }, third.newerCursor!);
    expect(back.events.map((e) => e.id)).toEqual(second.events.map((e) => e.id));
    expect(back.firstPosition).toBe(51);
  });

  it("scopes to the auditor's region: Tianjin sees no Wenzhou event, and the other way round", async () => {
    const tj = await search(tjAuditor, { to: "2026-12-31" });
    expect(tj.events.map((e) => e.username).sort()).toEqual([FORMULA_USERNAME, "system", "tj-leader"].sort());
    expect(tj.events.some((e) => e.regionName === "温州市")).toBe(false);
    const wz = await search(auditor, { to: "2026-03-31" });
    expect(wz.events.map((e) => e.username)).not.toContain("tj-leader");
    expect(wz.events.map((e) => e.username)).toEqual(expect.arrayContaining(["wmu1", "admin", FORMULA_USERNAME, "system"]));
  });

  it("records every search as audit.view, with its filters, in the auditor's name", async () => {
    const before = await db.prisma.auditEvent.count({ where: { action: "audit.view" } });
    await search(auditor, { user: "adm", outcome: "SUCCESS" });
    await search(auditor, { action: "report.save" }, { before: "999999" });
    const views = await db.prisma.auditEvent.findMany({ where: { action: "audit.view" }, orderBy: { id: "desc" }, take: 2 });
    expect(await db.prisma.auditEvent.count({ where: { action: "audit.view" } })).toBe(before + 2);
    expect(views[1]).toMatchObject({ username: "auditor", role: "AUDITOR", outcome: "SUCCESS", detail: { filters: { user: "adm", outcome: "SUCCESS" } } });
    expect(views[0].detail).toMatchObject({ filters: { action: "report.save" }, page: { before: "999999" }, shown: AUDIT_PAGE_SIZE, total: REPORT_SAVES });
  });
});

describe("who may read the audit log (三权分立)", () => {
  it.each([
    ["search", "audit.view", () => searchAuditEvents(admin, {})],
    ["export", "audit.export", () => exportAuditEvents(admin, {})],
    ["verify", "audit.verify", () => verifyAuditIntegrity(admin)],
  ])("refuses the admin's %s with FORBIDDEN and records it as DENIED", async (_, action, attempt) => {
    const denied = () => db.prisma.auditEvent.count({ where: { action, outcome: "DENIED", username: "admin" } });
    const before = await denied();
    await expect(attempt()).rejects.toSatisfy((e) => e instanceof AppError && e.code === "FORBIDDEN");
    expect(await denied()).toBe(before + 1);
  });

  it("refuses a leader too", async () => {
    await expect(searchAuditEvents(await actingUser("leader"), {})).rejects.toThrow(AppError);
  });
});

describe("exporting to Excel", () => {
  it("writes the matching events under Chinese headers, formula-like text escaped, and records the export", async () => {
    const exports = () => db.prisma.auditEvent.count({ where: { action: "audit.export", outcome: "SUCCESS" } });
    const before = await exports();
    const filters: TAuditFilters = { action: "auth.", to: "2026-03-31" };
    const { events, truncated } = await exportAuditEvents(auditor, filters);
    expect(truncated).toBe(false);
    expect(events.map((e) => e.id)).toEqual((await search(auditor, filters)).events.map((e) => e.id));
    expect(await exports()).toBe(before + 1);

    const workbook = new ExcelJS.Workbook();
    const bytes = await auditEventsToXlsx(events, { exportedAt: new Date(), exportedBy: "审计员", filters: "操作：auth.", truncatedAt: null });
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...AUDIT_EXPORT_HEADERS]);
    expect(sheet.rowCount).toBe(events.length + 1);
    const idColumn = AUDIT_EXPORT_HEADERS.indexOf("事件编号") + 1;
    expect(sheet.getColumn(idColumn).values.slice(2)).toEqual(events.map((e) => e.id));

    const userColumn = AUDIT_EXPORT_HEADERS.indexOf("用户名") + 1;
    const usernames = sheet.getColumn(userColumn).values.slice(2);
    expect(usernames).toContain(`'${FORMULA_USERNAME}`);
    expect(usernames).not.toContain(FORMULA_USERNAME);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    const times = sheet.getColumn(1).values.slice(2) as string[];
    expect(times.at(-1)).toBe("2026-03-01 23:30:00"); // Beijing time
    expect(sheet.getRow(3).getCell(AUDIT_EXPORT_HEADERS.indexOf("操作") + 1).value).toBe("登录");
  });

  it("scopes the export like the search: the Tianjin auditor's file has no Wenzhou event", async () => {
    const { events } = await exportAuditEvents(tjAuditor, { to: "2026-03-31" });
    expect(events.map((e) => e.username)).not.toContain("wmu1");
    expect(events.length).toBe(3);
  });
});

describe("verifying the chain from the page", () => {
  it("checks every event, finds no break and records the check as audit.verify", async () => {
    const count = await db.prisma.auditEvent.count();
    const result = await verifyAuditIntegrity(auditor);
    expect(result).toMatchObject({ checked: count, breaks: [] });
    const last = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    // The check extends one of the chains it has just verified: its predecessor is that chain's head.
    const head = result.heads.find((h) => h.chain === last.chain);
    expect(last).toMatchObject({ action: "audit.verify", outcome: "SUCCESS", username: "auditor", prevHash: head?.hash ?? null });
    expect(last.detail).toMatchObject({ checked: count, breaks: 0, headsDigest: result.headsDigest });
    expect(result.heads.reduce((n, h) => n + h.checked, 0)).toBe(count);
  });
});
