/**
 * `npm run bench:submit [-- --reporters N --concurrency C --processes P --warmup W --rebuild]` — the quarter-end rush
 * (issue #5, "Load"): the built app (`next start`) on a throwaway PostgreSQL, N hospital
 * reporters each with an API token and assignments in one OPEN period (after W other reporters'
 * journeys warmed the P app processes up, untimed), all of them creating,
 * saving and submitting their reports over /api/v1 at once (C requests in flight, loopback
 * only, bounded in time). Prints throughput and latency, the CPU time the app and PostgreSQL
 * spent per request (comparable across runs on a shared machine, where latency is not) and
 * how many transactions waited on the audit chains' advisory locks, then checks in the
 * database that every report and value is stored exactly once and audited, ending with a
 * RESULT line.
 * Builds first (`next build`, a few minutes) when .next holds no build with the v1 routes.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import { availableParallelism } from "node:os";
import path from "node:path";
import { prismaForPostgres } from "../lib/db/client";
import { sourceFingerprint } from "./source-fingerprint";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REPORTERS = arg("reporters", 1000);
const CONCURRENCY = arg("concurrency", 48);
/** Journeys of other reporters before the timed rush, so it meets a server whose routes are loaded and compiled, as one that has run for weeks. */
const WARMUP = arg("warmup", 2 * CONCURRENCY);
const PROCESSES = arg("processes", availableParallelism());
const TARGETS_PER_REPORTER = arg("targets", 3);
const DEADLINE_MS = arg("timeout", 600) * 1000;
const NEXT = path.join("node_modules", ".bin", "next");

const log = (s: string) => console.log(`[bench] ${s}`);

/** The parts of the /api/v1 answers the journey reads. */
interface Answer {
  report: { id: string; version: number };
  items: { assignmentId: string }[];
  version: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

function ensureBuild() {
  const routeBuilt = existsSync(path.join(".next", "server", "app", "api", "v1", "reports", "[id]", "submit", "route.js"));
  const stamp = path.join(".next", "source-fingerprint");
  const current = existsSync(stamp) && readFileSync(stamp, "utf8") === sourceFingerprint();
  if (routeBuilt && existsSync(path.join(".next", "BUILD_ID")) && !process.argv.includes("--rebuild")) {
    if (!current) log("note: .next is older than the sources; benchmarking the existing build (pass --rebuild to rebuild)");
    return;
  }
  log("no current build with /api/v1: running `next build` (takes a few minutes)…");
  const r = spawnSync(NEXT, ["build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (r.status !== 0) throw new Error("next build failed");
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

async function waitForHealth(base: string, server: ChildProcess) {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error("next start exited");
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the app did not come up in 120 s");
}

/** CPU time (user + system, ms) used so far by a process and its live descendants, from /proc (Linux). */
function treeCpuMs(root: number): number {
  const procs = readdirSync("/proc").flatMap((pid) => {
    if (!/^\d+$/.test(pid)) return [];
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return [{ pid: Number(pid), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) }];
    } catch {
      return []; // exited meanwhile
    }
  });
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return procs.filter((p) => tree.has(p.pid)).reduce((ms, p) => ms + p.ticks * 10, 0); // USER_HZ = 100
}

/** While the rush runs: how many transactions wait on an advisory lock (the audit chains' locks), sampled every 250 ms. */
function sampleLockWaits(prisma: ReturnType<typeof prismaForPostgres>["prisma"]) {
  const samples: number[] = [];
  let stop = false;
  const done = (async () => {
    while (!stop) {
      const [row] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`;
      samples.push(Number(row.n));
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return async () => {
    stop = true;
    await done;
    return { mean: samples.reduce((a, b) => a + b, 0) / Math.max(1, samples.length), max: Math.max(0, ...samples) };
  };
}

/**
 * One HTTP call over a keep-alive pool. The simulated hospital systems run on the same two
 * cores as the app; node:http costs them about half the CPU per request of fetch().
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function call(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: body === undefined ? headers : { ...headers, "content-length": String(Buffer.byteLength(body)) }, agent, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : 0);

async function main() {
  ensureBuild();
  const pg = spawnSync("bash", ["scripts/pg-throwaway.sh", "start"], { encoding: "utf8" });
  if (pg.status !== 0) throw new Error(`pg-throwaway failed: ${pg.stderr}`);
  const pgDir = /PG_THROWAWAY_DIR=(\S+)/.exec(pg.stdout)![1];
  const url = /PG_THROWAWAY_URL=(\S+)/.exec(pg.stdout)![1];
  let server: ChildProcess | null = null;
  try {
    const env = { ...process.env, DATABASE_URL: url, NODE_ENV: "production" as const };
    log(`PostgreSQL at ${url}; migrating and seeding`);
    run("npx", ["tsx", "scripts/db-migrate.ts"], env);
    run("npx", ["tsx", "scripts/db-seed.ts", "--demo", "--allow-demo-in-production"], env);

    const { prisma, close } = prismaForPostgres(url);
    const period = await prisma.reportingPeriod.findFirstOrThrow({ where: { status: "OPEN", region: { code: "330300" } }, select: { id: true, regionId: true } });
    const targets = await prisma.target.findMany({
      where: { archivedAt: null, kind: { in: ["COUNT", "YEARLY_QUOTA"] }, plan: { archivedAt: null, regionId: period.regionId } },
      orderBy: { code: "asc" }, take: TARGETS_PER_REPORTER, select: { id: true },
    });
    log(`seeding ${REPORTERS} reporters (+ ${WARMUP} for the warm-up) × ${targets.length} assignments in one OPEN period`);
    const run8 = randomBytes(4).toString("hex");
    const everyone = Array.from({ length: WARMUP + REPORTERS }, (_, i) => ({
      hospitalId: `bench-h-${run8}-${i}`, userId: `bench-u-${run8}-${i}`, token: `stk_bench${randomBytes(24).toString("base64url")}`,
    }));
    const [warmup, reporters] = [everyone.slice(0, WARMUP), everyone.slice(WARMUP)];
    const now = new Date();
    for (let i = 0; i < everyone.length; i += 500) {
      const chunk = everyone.slice(i, i + 500);
      await prisma.hospital.createMany({ data: chunk.map((r, j) => ({ id: r.hospitalId, code: `BENCH-${run8}-${i + j}`, name: `压测医院${i + j}`, kind: "GENERAL", regionId: period.regionId, updatedAt: now })) });
      await prisma.user.createMany({ data: chunk.map((r, j) => ({ id: r.userId, username: `bench${run8}_${i + j}`, displayName: `压测填报员${i + j}`, passwordHash: "!", role: "HOSPITAL_REPORTER", regionId: period.regionId, hospitalId: r.hospitalId, mustChangePassword: false, updatedAt: now })) });
      await prisma.apiToken.createMany({ data: chunk.map((r) => ({ userId: r.userId, name: "bench", tokenHash: createHash("sha256").update(r.token).digest("hex") })) });
      await prisma.assignment.createMany({ data: chunk.flatMap((r) => targets.map((t) => ({ targetId: t.id, hospitalId: r.hospitalId, updatedAt: now }))) });
    }

    // Statistics as autovacuum would have them by the rush: the reporters and assignments exist
    // for months before a quarter ends, not seconds (stale counts make the planner scan targets).
    await prisma.$executeRawUnsafe("ANALYZE");
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    log(`starting ${PROCESSES} app process(es) (WEB_CONCURRENCY) on ${base}`);
    server = spawn(process.execPath, ["--import", "tsx", "scripts/serve-cluster.ts", String(port), "127.0.0.1"], {
      env: { ...env, WEB_CONCURRENCY: String(PROCESSES), NEXTAUTH_SECRET: randomBytes(32).toString("hex"), NEXTAUTH_URL: base, DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "20" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitForHealth(base, server);

    const latencies: number[] = [];
    const failures: string[] = [];
    let retries = 0;
    let started = Date.now();
    const timeUp = () => Date.now() - started > DEADLINE_MS;
    /** One call; a 5xx or a dropped connection is retried with the same Idempotency-Key, as a client should. */
    async function request(method: string, p: string, token: string, body?: unknown) {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (method !== "GET") Object.assign(headers, { "idempotency-key": randomBytes(12).toString("hex"), "content-type": "application/json" });
      for (let attempt = 1; ; attempt++) {
        const t0 = performance.now();
        let status = 0;
        let json: Answer | null = null;
        try {
          const res = await call(`${base}${p}`, method, headers, body === undefined ? undefined : JSON.stringify(body));
          status = res.status;
          json = JSON.parse(res.body) as Answer;
        } catch {
          status = 0;
        }
        latencies.push(performance.now() - t0);
        if (status >= 200 && status < 300 && json) return json;
        if ((status === 0 || status >= 500) && attempt < 3 && !timeUp()) {
          retries++;
          continue;
        }
        throw new Error(`${method} ${p} → ${status} ${JSON.stringify(json).slice(0, 200)}`);
      }
    }
    async function reporterJourney(r: (typeof everyone)[number]) {
      const form = await request("POST", `/api/v1/periods/${period.id}/report`, r.token);
      const id = form.report.id;
      const values = form.items.map((item, k) => ({ assignmentId: item.assignmentId, value: String(10 + k) }));
      const saved = await request("PUT", `/api/v1/reports/${id}`, r.token, { version: form.report.version, values, progress: "压测：本季度按计划推进。", problems: "", nextSteps: "继续推进。" });
      await request("POST", `/api/v1/reports/${id}/submit`, r.token, { version: saved.version });
    }
    /** Every reporter's journey, CONCURRENCY in flight. */
    async function rush(list: typeof everyone) {
      let next = 0;
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, list.length) }, async () => {
        while (next < list.length && !timeUp()) {
          const r = list[next++];
          try {
            await reporterJourney(r);
          } catch (e) {
            failures.push((e as Error).message);
          }
        }
      }));
    }
    log(`warm-up: ${WARMUP} other reporters' journeys, not timed`);
    await rush(warmup);
    if (failures.length > 0) throw new Error(`warm-up failed: ${failures[0]}`);
    latencies.length = 0;
    retries = 0;

    const postmaster = Number(readFileSync(path.join(pgDir, "data", "postmaster.pid"), "utf8").split("\n")[0]);
    const cpuBefore = { app: treeCpuMs(server.pid!), db: treeCpuMs(postmaster), client: process.cpuUsage() };
    const lockWaits = sampleLockWaits(prisma);
    log(`running: ${REPORTERS} reporters, ${CONCURRENCY} requests in flight`);
    started = Date.now();
    await rush(reporters);
    const seconds = (Date.now() - started) / 1000;
    // CPU per request does not depend on what else the shared machine runs, unlike latency.
    const clientCpu = process.cpuUsage(cpuBefore.client);
    const cpuMs = { app: treeCpuMs(server.pid!) - cpuBefore.app, db: treeCpuMs(postmaster) - cpuBefore.db, client: (clientCpu.user + clientCpu.system) / 1000 };
    const waits = await lockWaits();
    const sorted = [...latencies].sort((a, b) => a - b);
    const [p50, p95, p99] = [0.5, 0.95, 0.99].map((q) => Math.round(quantile(sorted, q)));
    const rps = Math.round((latencies.length / seconds) * 10) / 10;
    log(`${latencies.length} requests in ${seconds.toFixed(1)} s: ${rps} req/s; p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, max ${Math.round(sorted.at(-1) ?? 0)} ms; ${retries} retried requests; ${failures.length} failed journeys`);
    const perRequest = (ms: number) => Math.round((ms / Math.max(1, latencies.length)) * 10) / 10;
    const [appCpu, dbCpu] = [perRequest(cpuMs.app), perRequest(cpuMs.db)];
    log(`CPU per request: app ${appCpu} ms, PostgreSQL ${dbCpu} ms, this client ${perRequest(cpuMs.client)} ms; advisory lock waiters: mean ${waits.mean.toFixed(1)}, max ${waits.max}`);
    for (const f of failures.slice(0, 5)) log(`  failure: ${f}`);

    // Verification in the database: exactly one report and one value per assignment, each audited.
    const ids = reporters.map((r) => r.hospitalId);
    const reports = await prisma.progressReport.findMany({ where: { periodId: period.id, hospitalId: { in: ids } }, select: { id: true, hospitalId: true, status: true, _count: { select: { values: true } } } });
    const perHospital = new Map<string, number>();
    for (const r of reports) perHospital.set(r.hospitalId!, (perHospital.get(r.hospitalId!) ?? 0) + 1);
    const stored = reports.filter((r) => r.status === "SUBMITTED" && r._count.values === targets.length).length;
    const dupValues = await prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM (SELECT 1 FROM "ReportValue" v JOIN "ProgressReport" p ON p.id = v."reportId" WHERE p."periodId" = $1 GROUP BY v."reportId", v."assignmentId" HAVING count(*) > 1) d`, period.id);
    const duplicates = [...perHospital.values()].filter((n) => n > 1).length + Number(dupValues[0].n);
    const reportIds = reports.map((r) => r.id);
    const audits = await prisma.auditEvent.groupBy({ by: ["action"], where: { entityId: { in: reportIds }, outcome: "SUCCESS", action: { in: ["report.create", "report.save", "report.submit"] } }, _count: true });
    const auditCount = Object.fromEntries(audits.map((a) => [a.action, a._count]));
    // Each stored step has exactly one audit record: every report created, saved (it has values) and submitted.
    const expected = { "report.create": reports.length, "report.save": reports.filter((r) => r._count.values > 0).length, "report.submit": reports.filter((r) => r.status === "SUBMITTED").length };
    const audited = Object.entries(expected).every(([a, n]) => (auditCount[a] ?? 0) === n);
    const lost = REPORTERS - stored;
    log(`database: ${reports.length} reports, ${stored} submitted with all ${targets.length} values; audit ${JSON.stringify(auditCount)}${audited ? "" : " — audit records do not match the stored steps"}`);
    await close();
    console.log(`RESULT reporters=${REPORTERS} stored=${stored} duplicates=${duplicates} lost=${lost} throughput_rps=${rps} p50_ms=${p50} p95_ms=${p95} p99_ms=${p99} audited=${audited} app_cpu_ms_per_req=${appCpu} db_cpu_ms_per_req=${dbCpu}`);
    process.exitCode = stored === REPORTERS && duplicates === 0 && audited ? 0 : 1;
  } finally {
    server?.kill("SIGTERM");
    spawnSync("bash", ["scripts/pg-throwaway.sh", "stop", pgDir], { stdio: "inherit" });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
