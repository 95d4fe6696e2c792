/**
 * `npm start`: migrate, seed an empty database (plan data and the demo layer, so a
 * newcomer sees a living app), build when the build is missing or older than the sources,
 * then serve on PORT (default 3000). `npm run dev` does the same with `next dev`.
 * The seed runs in one transaction: a start stopped mid-seed simply seeds again next time.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { openSql } from "../lib/db/sql";
import { appSecret } from "../lib/auth/secret";
import { databaseTarget, describeTarget } from "../lib/db/target";
import { migrate } from "../lib/migrate";
import { isSeeded, seedDatabase } from "../seed";
import { sourceFingerprint } from "./source-fingerprint";

const NEXT = path.join("node_modules", ".bin", "next");
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const target = databaseTarget();
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: port };

console.log(`▸ 数据库 ${describeTarget(target)}`);
const conn = await openSql(target);
try {
  const { applied, latest } = await migrate(conn);
  console.log(applied.length ? `▸ 已执行迁移 ${applied.join(", ")}` : `▸ 数据库结构已是最新（${latest}）`);
} finally {
  await conn.close();
}

const { prisma, close } = createPrismaClient(target);
try {
  if (await isSeeded(prisma)) {
    console.log("▸ 数据库已有数据，跳过初始化");
  } else {
    console.log("▸ 空数据库：载入规划数据和演示数据 …");
    const stats = await seedDatabase(prisma, { demo: true });
    console.log(`▸ 已写入 ${stats.changed} 条记录`);
  }
} finally {
  await close();
}

try {
  env.NEXTAUTH_SECRET = appSecret(dev ? { ...env, NODE_ENV: "development" } : { ...env, NODE_ENV: "production" });
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

if (!dev) {
  const fingerprint = sourceFingerprint();
  const stamp = path.join(".next", "source-fingerprint");
  const current = existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint && existsSync(path.join(".next", "BUILD_ID"));
  if (!current) {
    console.log("▸ 构建应用（首次约需一两分钟）…");
    const build = spawnSync(NEXT, ["build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
    writeFileSync(stamp, fingerprint);
  }
}

// More than one app process needs a database outside them all (scripts/serve-cluster.ts).
const processes = dev ? 1 : Math.max(1, Number(env.WEB_CONCURRENCY ?? 1) || 1);
if (processes > 1 && target.kind === "pglite") {
  console.error("WEB_CONCURRENCY > 1 需要 PostgreSQL（DATABASE_URL）：内置 PGlite 数据库只能由一个进程使用");
  process.exit(2);
}
console.log(`▸ 服务地址 http://localhost:${port}${processes > 1 ? `（${processes} 个应用进程）` : ""}`);
const server =
  processes > 1
    ? spawn(process.execPath, ["--import", "tsx", "scripts/serve-cluster.ts", port], { stdio: "inherit", env })
    : spawn(NEXT, [dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
