/**
 * The progress summaries of /api/v1 (issue #6) through their route handlers with bearer tokens:
 * the same figures and region scoping as the dashboards, read-only tokens for staff and
 * leaders, reporters kept to their own endpoints. The browser-session path is covered by
 * tests/e2e/authorization-matrix.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putReport } from "@/lib/api/v1/reports";
import { listPlans, showPlanSummary, showTarget } from "@/lib/api/v1/summaries";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import type { SessionUser } from "@/lib/auth/session-user";
import { createApiToken } from "@/lib/dal/api-tokens";
import { getDashboardOverview } from "@/lib/dal/dashboard/overview";
import { getPlanSummary } from "@/lib/dal/dashboard/plan";
import { getTargetProgress } from "@/lib/dal/dashboard/target";
import { ZPlanDashboardQuery } from "@/lib/validation/dashboard";
import { seedDatabase } from "@/seed";
import { actorFor } from "../helpers/actors";
import { apiRequest, ctx, json, type Loose } from "../helpers/api-v1";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";

const WZ = "WZ-2023-80";
let db: TestDatabase;
let leader: SessionUser;
const tokens: Record<"leader" | "staff" | "tjLeader" | "reporter", string> = { leader: "", staff: "", tjLeader: "", reporter: "" };
let targetId: string;

const plans = (token?: string) => json(listPlans(apiRequest("/plans", { token })));
const planSummary = (code: string, token?: string, query = "") => json(showPlanSummary(apiRequest(`/plans/${code}/summary${query}`, { token }), ctx({ code })));
const target = (id: string, token?: string) => json(showTarget(apiRequest(`/targets/${id}`, { token }), ctx({ id })));

beforeAll(async () => {
  db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  const [admin, tjLeader] = await Promise.all(["admin", "tj-leader"].map((u) => actorFor(db.prisma, u)));
  leader = await actorFor(db.prisma, "leader");
  // The Tianjin leader's token is issued by an admin of Tianjin's region.
  await db.prisma.user.create({ data: { username: "tj-admin", displayName: "天津管理员", passwordHash: "x", role: "ADMIN", regionId: tjLeader.regionId } });
  const ids = Object.fromEntries(await Promise.all(["leader", "staff", "wmu1"].map(async (u) => [u, (await actorFor(db.prisma, u)).id])));
  tokens.leader = (await createApiToken(admin, ids.leader, "领导驾驶舱")).token;
  tokens.staff = (await createApiToken(admin, ids.staff, "统计系统")).token;
  tokens.reporter = (await createApiToken(admin, ids.wmu1, "HIS")).token;
  tokens.tjLeader = (await createApiToken(await actorFor(db.prisma, "tj-admin"), tjLeader.id, "天津驾驶舱")).token;
  // A target with approved quarterly figures (the dashboards build the summary first).
  await getDashboardOverview(leader);
  [{ targetId }] = await db.prisma.$queryRaw<{ targetId: string }[]>`
    SELECT s."targetId" FROM "TargetQuarterActual" s JOIN "Target" t ON t.id = s."targetId" JOIN "Plan" pl ON pl.id = t."planId"
    WHERE pl.code = ${WZ} AND s.actual IS NOT NULL ORDER BY t.code LIMIT 1`;
});
afterAll(() => db?.close());

describe("GET /api/v1/plans", () => {
  it("gives a leader's token the plans of the leader's region with the dashboard's counts", async () => {
    const res = await plans(tokens.leader);
    expect(res.status).toBe(200);
    const overview = await getDashboardOverview(leader);
    expect(res.body.plans).toEqual(overview.map((p) => ({ code: p.code, shortTitle: p.shortTitle, startYear: p.startYear, endYear: p.endYear, total: p.total, counts: p.counts, goodShare: p.goodShare, improved: p.improved, worsened: p.worsened })));
    expect(res.body.plans.map((p: Loose) => p.code)).toContain(WZ);
    expect((await plans(tokens.tjLeader)).body.plans.map((p: Loose) => p.code)).toEqual(["TJ-14-5"]);
    expect((await plans(tokens.staff)).status).toBe(200);
  });

  it("refuses a reporter's token with 403 and no credentials with 401", async () => {
    const res = await plans(tokens.reporter);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/业务人员和领导/);
    expect(await db.prisma.auditEvent.count({ where: { action: "access.denied", entityType: "ApiV1", entityId: "/api/v1/plans", outcome: "DENIED" } })).toBeGreaterThan(0);
    const wrong = await plans("stk_wrongwrongwrongwrongwrong");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });
});

describe("GET /api/v1/plans/{code}/summary", () => {
  it("lists every target with the status, latest figure and expected progress of the plan dashboard", async () => {
    const res = await planSummary(WZ, tokens.leader);
    expect(res.status).toBe(200);
    const summary = (await getPlanSummary(leader, WZ, ZPlanDashboardQuery.parse({})))!;
    expect(res.body.plan.code).toBe(WZ);
    expect(res.body.counts).toEqual(summary.counts);
    expect(res.body.targets).toHaveLength(summary.rows.length);
    const first = res.body.targets[0];
    expect(first).toEqual(expect.objectContaining({ id: summary.rows[0].id, status: summary.rows[0].status, latest: summary.rows[0].latest, expected: summary.rows[0].expected, achievement: summary.rows[0].progress }));
    const counted = Object.values(res.body.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(counted).toBe(res.body.targets.length);
  });

  it("applies the dashboard's filters from the query string", async () => {
    const all = await planSummary(WZ, tokens.leader);
    const status = Object.entries(all.body.counts as Record<string, number>).find(([, n]) => n > 0)![0];
    const only = await planSummary(WZ, tokens.leader, `?status=${status}`);
    expect(only.body.targets).toHaveLength(all.body.counts[status]);
    expect(only.body.targets.every((t: Loose) => t.status === status)).toBe(true);
  });

  it("answers 404 outside the leader's region and for an unknown plan", async () => {
    expect((await planSummary(WZ, tokens.tjLeader)).status).toBe(404);
    expect((await planSummary("NO-SUCH-PLAN", tokens.leader)).status).toBe(404);
  });
});

describe("GET /api/v1/targets/{id}", () => {
  it("gives staff and leaders the target, its source quote and its progress with the quarterly series", async () => {
    const res = await target(targetId, tokens.staff);
    expect(res.status).toBe(200);
    const judged = (await getTargetProgress(leader, targetId))!;
    expect(res.body).toMatchObject({ id: targetId, code: judged.code, sourceQuote: expect.any(String), sourceFile: expect.any(String) });
    expect(res.body.sourceQuote.length).toBeGreaterThan(0);
    expect(res.body.progress).toMatchObject({ status: judged.status, expected: judged.expected, latest: judged.latest, projection: judged.projection });
    expect(res.body.progress.series).toEqual(judged.series.map((s) => ({ ...s })));
    expect(res.body.progress.series.length).toBeGreaterThan(0);
  });

  it("gives a reporter the target without its progress, and nobody outside the region anything", async () => {
    const res = await target(targetId, tokens.reporter);
    expect(res.status).toBe(200);
    expect(res.body.progress).toBeNull();
    expect((await target(targetId, tokens.tjLeader)).status).toBe(404);
    expect((await target("no-such-target", tokens.leader)).status).toBe(404);
  });
});

describe("read-only tokens", () => {
  it("cannot write: a leader's token is refused on the reporter's endpoints, Idempotency-Key or not", async () => {
    const res = await json(putReport(apiRequest("/reports/x", { method: "PUT", token: tokens.leader, key: "k-1", body: { version: 1 } }), ctx({ id: "x" })));
    expect(res.status).toBe(403);
    expect(await db.prisma.idempotencyKey.count()).toBe(0);
  });

  it("are documented with both ways in, and reads need no Idempotency-Key", () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Loose>> };
    for (const path of ["/api/v1/plans", "/api/v1/plans/{code}/summary", "/api/v1/targets/{id}"]) {
      const get = doc.paths[path].get;
      expect(get.security).toEqual([{ bearer: [] }, { session: [] }]);
      expect(JSON.stringify(get.parameters ?? [])).not.toContain("Idempotency-Key");
      expect(Object.keys(get.responses)).toEqual(expect.arrayContaining(["200", "401", "403", "404"]));
    }
  });
});
