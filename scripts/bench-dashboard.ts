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
import { loadavg } from "node:os";
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
import { printFirstLoadJs } from "./bench/bundle";
import { compareOverview, comparePlan } from "./bench/compare";
import { overviewSql, planSql } from "./bench/hand-sql";

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const APP_DIR = path.resolve(process.env.BENCH_APP_DIR ?? process.cwd());
const PASSWORD = "Bench@2026x";

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
/** p50 and p95 of `runs` timed calls after three warm-up calls; `before` runs untimed ahead of each. */
async function time(label: string, fn: () => Promise<unknown>, before?: () => Promise<unknown>, runs = RUNS): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 3; i++) await fn(); // warm caches and connections
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
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
    regionPath: BENCH.regionPath, hospitalId: null, unitId: null, organisationName: null, isDemo: false, passwordChange: null,
  };
  // Before the 2025 deadline, so every status but 未填报 occurs and a quarter earlier differs.
  const asOf = new Date("2025-11-20T02:00:00Z");
  const chinaDate = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const params = (plan: string | null) => [BENCH.regionPath, plan, chinaDate(asOf), chinaDate(new Date(asOf.getTime() - 91 * 86_400_000))];
  const query = ZPlanDashboardQuery.parse({});
  const overviewApp = () => getDashboardOverview(actor, asOf);
  const planApp = async () => (await getPlanDashboard(actor, BENCH.planCode, query, asOf))!;

  // Same answers first: the SQL must do the app's work, or the ratio means nothing.
  for (const source of ["summary", "raw"] as const) {
    compareOverview(await overviewApp(), await sql.query(overviewSql(source), params(null)));
    comparePlan(await planApp(), (await sql.query(planSql(source), params(BENCH.planCode)))[0]);
  }
  console.log("hand SQL checked: the same plans, counts, laggards, changes, rows and filter choices as the app");

  const overview = await time("overview data (app)", overviewApp);
  const plan = await time("plan dashboard data (app)", planApp);
  const sqlOverview = await time("overview by hand SQL (summary)", () => sql.query(overviewSql("summary"), params(null)));
  const sqlPlan = await time("plan by hand SQL (summary)", () => sql.query(planSql("summary"), params(BENCH.planCode)));
  // The first request after an approval: the summary refreshes the reviewed report's targets
  // and every judgement is made afresh (the judgement cache starts a new generation).
  const approved = await time("overview after an approval (app)", overviewApp, async () => {
    await sql.query(`UPDATE "ProgressReport" SET "reviewedAt" = now() WHERE id = 'rp1_11'`);
  });
  await time("overview by hand SQL (raw values)", () => sql.query(overviewSql("raw"), params(null)), undefined, Math.min(RUNS, 5));

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
  const bundle = printFirstLoadJs(APP_DIR);
  // Both ratios from p95 (the budget's percentile), the worse of overview and plan.
  const ratio = Math.max(overview.p95 / sqlOverview.p95, plan.p95 / sqlPlan.p95);
  const ratio50 = Math.max(overview.p50 / sqlOverview.p50, plan.p50 / sqlPlan.p50);
  console.log(`ratio app ÷ SQL: p95 ${ratio.toFixed(2)} (p50 ${ratio50.toFixed(2)}), the worse of overview and plan`);
  console.log(
    `RESULT overview_p95_ms=${overview.p95.toFixed(1)} plan_p95_ms=${plan.p95.toFixed(1)} page_p95_ms=${page.p95.toFixed(1)} ratio_vs_sql=${ratio.toFixed(2)}` +
      ` after_approval_p95_ms=${approved.p95.toFixed(1)} first_load_js_max_kb=${bundle === null ? "NaN" : bundle.toFixed(1)} load_avg=${loadavg()[0].toFixed(2)}`,
  );
  await close();
  await sql.close();
} finally {
  if (app?.child.pid) process.kill(-app.child.pid, "SIGTERM");
  execFileSync("bash", ["scripts/pg-throwaway.sh", "stop", pg.dir]);
}
