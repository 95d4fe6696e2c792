/**
 * `npm run bench:dashboard`: the leaders' dashboards at national scale (issue 6, "Speed, measured").
 * Builds the dataset of scripts/bench/dataset.ts in a throwaway PostgreSQL, then times over
 * repeated runs the overview and plan dashboard data functions, the overview page's server
 * response (`next start` on the existing build, signed in as a leader), and the same numbers by
 * hand-written SQL (scripts/bench/hand-sql.ts). Prints p50/p95 and the ratio app ÷ SQL.
 * Run with the react-server condition so the DAL's `server-only` marker resolves (package.json).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "../lib/auth/password-hash";
import type { SessionUser } from "../lib/auth/session-user";
import { getDashboardOverview } from "../lib/dal/dashboard/overview";
import { getPlanDashboard } from "../lib/dal/dashboard/plan";
import { ensureDashboardSummary } from "../lib/dal/dashboard/summary";
import { prismaForPostgres } from "../lib/db/client";
import { postgresSql } from "../lib/db/sql";
import { migrate } from "../lib/migrate";
import { ZPlanDashboardQuery } from "../lib/validation/dashboard";
import { BENCH, loadBenchDataset } from "./bench/dataset";
import { overviewSql, planRowsSql } from "./bench/hand-sql";

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? process.cwd());
const PASSWORD = "Bench@2026x";

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
async function time(label: string, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn(); // warm caches and connections
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  const r = { p50: pct(xs, 50), p95: pct(xs, 95) };
  console.log(`${label.padEnd(34)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms`);
  return r;
}

function startPostgres(): { dir: string; url: string } {
  const out = execFileSync("bash", ["scripts/pg-throwaway.sh", "start"], { encoding: "utf8" });
  return { dir: /PG_THROWAWAY_DIR=(\S+)/.exec(out)![1], url: /PG_THROWAWAY_URL=(\S+)/.exec(out)![1] };
}

async function signedInCookie(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, username: "bench-leader", password: PASSWORD, json: "true" }),
  });
  return [...cookies, ...res.headers.getSetCookie().map((c) => c.split(";")[0])].join("; ");
}

async function startApp(url: string): Promise<{ base: string; child: ChildProcess } | null> {
  if (!existsSync(path.join(APP_DIR, ".next", "BUILD_ID"))) return null;
  const port = 3900 + Math.floor(Math.random() * 90);
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(path.join(APP_DIR, "node_modules", ".bin", "next"), ["start", "-p", String(port)], {
    cwd: APP_DIR,
    env: { ...process.env, DATABASE_URL: url, NEXTAUTH_URL: base, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret", NODE_ENV: "production" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    await new Promise((r) => setTimeout(r, 500));
    if (await fetch(`${base}/login`).then((r) => r.ok, () => false)) return { base, child };
  }
  throw new Error("next start did not answer");
}

const pg = startPostgres();
let app: { base: string; child: ChildProcess } | null = null;
try {
  const sql = await postgresSql(pg.url);
  await migrate(sql);
  let t = performance.now();
  await loadBenchDataset(sql, await hashPassword(PASSWORD));
  const [{ n }] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ReportValue"`);
  console.log(`dataset: ${BENCH.hospitals} hospitals, ${BENCH.targets} targets, ${n} approved report values (${((performance.now() - t) / 1000).toFixed(1)} s)`);

  const { prisma, close } = prismaForPostgres(pg.url);
  (globalThis as unknown as { __db?: unknown }).__db = prisma;
  t = performance.now();
  await ensureDashboardSummary(prisma);
  console.log(`summary table built once in ${((performance.now() - t) / 1000).toFixed(2)} s (later refreshes touch only re-reviewed targets)`);

  const actor: SessionUser = {
    id: "bench-leader", username: "bench-leader", displayName: "基准领导", role: "LEADER", regionId: "r0", regionName: "基准省",
    regionPath: BENCH.regionPath, hospitalId: null, unitId: null, organisationName: null, isDemo: false,
  };
  const asOf = new Date("2026-01-20T02:00:00Z");
  const beforeIndex = 2025 * 4 + 4 - 1;
  const query = ZPlanDashboardQuery.parse({});
  const overview = await time("overview data (app)", () => getDashboardOverview(actor, asOf));
  const plan = await time("plan dashboard data (app)", () => getPlanDashboard(actor, BENCH.planCode, query, asOf));
  const sqlOverview = await time("overview by hand SQL (summary)", () => sql.query(overviewSql("summary"), [BENCH.planCode, beforeIndex, true]));
  const sqlPlan = await time("plan rows by hand SQL (summary)", () => sql.query(planRowsSql("summary"), [BENCH.planCode, beforeIndex, true]));
  await time("overview by hand SQL (raw values)", () => sql.query(overviewSql("raw"), [BENCH.planCode, beforeIndex, true]));

  let page = { p50: NaN, p95: NaN };
  app = await startApp(pg.url);
  if (app) {
    const cookie = await signedInCookie(app.base);
    const base = app.base;
    const check = await fetch(`${base}/dashboard`, { headers: { cookie }, redirect: "manual" });
    if (check.status !== 200) throw new Error(`GET /dashboard answered ${check.status}: not signed in?`);
    page = await time("overview page server response", async () => (await fetch(`${base}/dashboard`, { headers: { cookie } })).text());
  } else {
    console.log(`overview page: skipped, no production build in ${APP_DIR} (run next build, or set BENCH_APP_DIR)`);
  }
  const ratio = Math.max(overview.p95 / sqlOverview.p95, plan.p95 / sqlPlan.p95);
  console.log(`RESULT overview_p95_ms=${overview.p95.toFixed(1)} plan_p95_ms=${plan.p95.toFixed(1)} page_p95_ms=${page.p95.toFixed(1)} ratio_vs_sql=${ratio.toFixed(2)}`);
  await close();
  await sql.close();
} finally {
  if (app?.child.pid) process.kill(-app.child.pid, "SIGTERM");
  execFileSync("bash", ["scripts/pg-throwaway.sh", "stop", pg.dir]);
}
