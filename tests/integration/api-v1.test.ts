import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAssignments, getPeriodReport, getPeriods, getReport, postPeriodReport, postSubmit, putReport } from "@/lib/api/v1/reports";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { generateApiToken } from "@/lib/auth/api-token";
import type { SessionUser } from "@/lib/auth/session-user";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/dal/api-tokens";
import { AppError } from "@/lib/errors";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { apiRequest, ctx, json, type Loose } from "../helpers/api-v1";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
let admin: SessionUser;
let wmu1: SessionUser;
let zxyy: SessionUser;
let periodId: string;
let token: string;
let otherToken: string;

const call = (path: string, init: Parameters<typeof apiRequest>[1] = {}) => apiRequest(path, { ...init, token: init.token === undefined ? token : init.token });

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  [admin, wmu1, zxyy] = await Promise.all(["admin", "wmu1", "zxyy"].map((u) => actorFor(db.prisma, u)));
  const region = await db.prisma.region.findUniqueOrThrow({ where: { code: "330300" }, select: { id: true } });
  periodId = (await db.prisma.reportingPeriod.findFirstOrThrow({ where: { regionId: region.id, status: "OPEN" }, select: { id: true } })).id;
  await db.prisma.progressReport.deleteMany({ where: { periodId, hospitalId: { in: [wmu1.hospitalId!, zxyy.hospitalId!] } } });
  token = (await createApiToken(admin, wmu1.id, "HIS")).token;
  otherToken = (await createApiToken(admin, zxyy.id, "HIS")).token;
});
afterAll(() => db?.close());

describe("API tokens", () => {
  it("are issued to reporters, staff and leaders only, stored as a hash and audited", async () => {
    const auditor = await db.prisma.user.findUniqueOrThrow({ where: { username: "auditor" }, select: { id: true } });
    await expect(createApiToken(admin, auditor.id, "x")).rejects.toThrow(AppError);
    await expect(createApiToken(admin, admin.id, "x")).rejects.toThrow(AppError);
    const rows = await db.prisma.apiToken.findMany({ where: { userId: wmu1.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toContain(token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "apiToken.create", entityId: rows[0].id }, select: { before: true, after: true, detail: true } });
    expect(JSON.stringify(audit)).not.toContain(token.slice(4));
    expect(JSON.stringify(audit)).not.toContain(rows[0].tokenHash);
    expect(await listApiTokens(admin, wmu1.id)).toEqual([expect.objectContaining({ name: "HIS", revokedAt: null })]);
  });

  it("refuses a missing, wrong, revoked token and a disabled account with 401", async () => {
    expect((await json(getPeriods(call("/periods", { token: null })))).status).toBe(401);
    expect((await json(getPeriods(call("/periods", { token: "stk_wrongwrongwrongwrongwrong" })))).body.error.code).toBe("UNAUTHENTICATED");

    const spare = await createApiToken(admin, wmu1.id, "spare");
    expect((await json(getPeriods(call("/periods", { token: spare.token })))).status).toBe(200);
    await revokeApiToken(admin, spare.id);
    expect((await json(getPeriods(call("/periods", { token: spare.token })))).status).toBe(401);
    expect(await db.prisma.auditEvent.count({ where: { action: "apiToken.revoke", entityId: spare.id } })).toBe(1);

    const other = await createApiToken(admin, zxyy.id, "spare");
    await db.prisma.user.update({ where: { id: zxyy.id }, data: { disabledAt: new Date() } });
    expect((await json(getPeriods(call("/periods", { token: other.token })))).status).toBe(401);
    await db.prisma.user.update({ where: { id: zxyy.id }, data: { disabledAt: null } });
  });

  it("answers 403 on the reporter endpoints for a token whose account is not (or no longer) a reporter", async () => {
    const leader = await db.prisma.user.findUniqueOrThrow({ where: { username: "leader" }, select: { id: true } });
    const leaderToken = (await createApiToken(admin, leader.id, "驾驶舱")).token;
    const res = await json(getPeriods(call("/periods", { token: leaderToken })));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/填报员/);
    const { token: adminToken, tokenHash } = generateApiToken();
    await db.prisma.apiToken.create({ data: { userId: admin.id, name: "smuggled", tokenHash } });
    expect((await json(getPeriods(call("/periods", { token: adminToken })))).status).toBe(403);
  });
});

describe("the reporter's report over /api/v1", () => {
  let reportId: string;
  let form: Loose;

  it("lists periods and assignments, creates the report once", async () => {
    const periods = await json(getPeriods(call("/periods")));
    expect(periods.body.periods.map((p: { periodId: string }) => p.periodId)).toContain(periodId);
    const assignments = await json(getAssignments(call(`/assignments?periodId=${periodId}`)));
    expect(assignments.body.assignments.map((a: { targetCode: string }) => a.targetCode)).toEqual(expect.arrayContaining(["A1-01-T2", "A4T-LG-4-T3"]));
    expect((await json(getPeriodReport(call(`/periods/${periodId}/report`), ctx({ periodId })))).status).toBe(404);

    const created = await json(postPeriodReport(call(`/periods/${periodId}/report`, { method: "POST", key: "create-1" }), ctx({ periodId })));
    expect(created.status).toBe(201);
    const again = await json(postPeriodReport(call(`/periods/${periodId}/report`, { method: "POST", key: "create-1" }), ctx({ periodId })));
    expect(again).toMatchObject({ status: 201, replayed: true });
    expect(again.body.report.id).toBe(created.body.report.id);
    reportId = created.body.report.id;
    form = (await json(getReport(call(`/reports/${reportId}`), ctx({ id: reportId })))).body;
    expect(form.report).toMatchObject({ status: "DRAFT", version: 1 });
  });

  it("requires an Idempotency-Key on writes", async () => {
    const res = await json(putReport(call(`/reports/${reportId}`, { method: "PUT", body: { version: 1 } }), ctx({ id: reportId })));
    expect(res).toMatchObject({ status: 400, body: { error: { code: "IDEMPOTENCY_KEY_REQUIRED" } } });
  });

  it("answers 422 with field errors for invalid values, and writes nothing", async () => {
    const values = form.items.map((i: { assignmentId: string }) => ({ assignmentId: i.assignmentId, value: "-3" }));
    const res = await json(putReport(call(`/reports/${reportId}`, { method: "PUT", key: "bad-1", body: { version: 1, values, progress: "", problems: "", nextSteps: "" } }), ctx({ id: reportId })));
    expect(res.status).toBe(422);
    expect(Object.values(res.body.error.fieldErrors)).toContain("不能为负数");
    expect(await db.prisma.reportValue.count({ where: { reportId } })).toBe(0);
  });

  it("saves a draft once per key, refuses the key with another body, and 409s a stale version", async () => {
    const values = form.items.map((i: { assignmentId: string; kind: string }) => (i.kind === "MILESTONE" ? { assignmentId: i.assignmentId, milestoneDone: true, milestoneDate: "2026-10-01" } : { assignmentId: i.assignmentId, value: "40" }));
    const body = { version: 1, values, progress: "通过接口填报。", problems: "", nextSteps: "继续。" };
    const put = (key: string, b: unknown) => json(putReport(call(`/reports/${reportId}`, { method: "PUT", key, body: b }), ctx({ id: reportId })));
    const [first, second] = await Promise.all([put("save-1", body), put("save-1", body)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body).toEqual(second.body);
    expect(first.body.version).toBe(2);
    expect(await db.prisma.auditEvent.count({ where: { action: "report.save", entityId: reportId, outcome: "SUCCESS" } })).toBe(1);

    const reused = await put("save-1", { ...body, progress: "别的内容" });
    expect(reused).toMatchObject({ status: 422, body: { error: { code: "IDEMPOTENCY_KEY_REUSED" } } });

    const stale = await put("save-2", { ...body, progress: "旧版本上的修改" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.progress).toBe("通过接口填报。");
    expect(stale.body.error.current.report.version).toBe(2);
  });

  it("submits once, replays the submit, and hides the report from another hospital", async () => {
    const submit = (key: string, t = token) => json(postSubmit(call(`/reports/${reportId}/submit`, { method: "POST", key, token: t, body: { version: 2 } }), ctx({ id: reportId })));
    expect((await submit("x", otherToken)).status).toBe(404);
    expect((await json(getReport(call(`/reports/${reportId}`, { token: otherToken }), ctx({ id: reportId })))).status).toBe(404);
    expect((await json(putReport(call(`/reports/${reportId}`, { method: "PUT", key: "y", token: otherToken, body: { version: 2, values: [], progress: "", problems: "", nextSteps: "" } }), ctx({ id: reportId })))).status).toBe(404);
    const other = await db.prisma.reportingPeriod.findFirst({ where: { region: { code: "120000" } }, select: { id: true } });
    if (other) expect((await json(getAssignments(call(`/assignments?periodId=${other.id}`)))).status).toBe(404);

    const [a, b] = await Promise.all([submit("submit-1"), submit("submit-1")]);
    expect(a).toMatchObject({ status: 200, body: { status: "SUBMITTED", version: 3 } });
    expect(b.body).toEqual(a.body);
    const c = await submit("submit-2");
    expect(c).toMatchObject({ status: 200, body: { status: "SUBMITTED", version: 3 } });
    expect(await db.prisma.reportTransition.count({ where: { reportId, toStatus: "SUBMITTED" } })).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { action: "report.submit", entityId: reportId, outcome: "SUCCESS" } })).toBe(1);
  });
});

describe("the OpenAPI document", () => {
  it("describes every v1 endpoint", () => {
    const doc = buildOpenApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/assignments", "/api/v1/periods", "/api/v1/periods/{periodId}/report", "/api/v1/plans", "/api/v1/plans/{code}/summary",
      "/api/v1/reports/{id}", "/api/v1/reports/{id}/submit", "/api/v1/targets/{id}",
    ]);
    expect(Object.keys(doc.paths["/api/v1/reports/{id}"])).toEqual(expect.arrayContaining(["get", "put"]));
    expect(() => buildOpenApiDocument([{ paths: { "/a": {} } }, { paths: { "/a": {} } }])).toThrow();
  });
});
