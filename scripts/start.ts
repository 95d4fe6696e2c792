/**
 * `npm start`: migrate, seed an empty database (plan data and the demo layer, so a
 * newcomer sees a living app), build when the build is missing or older than the sources,
 * then serve on PORT (default 3000). `npm run dev` does the same with `next dev`.
 * The seed runs in one transaction: a start stopped mid-seed simply seeds again next time.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { openSql } from "../lib/db/sql";
import { databaseTarget, describeTarget, type DatabaseTarget } from "../lib/db/target";
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

env.NEXTAUTH_SECRET ??= embeddedSecret(target);
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

console.log(`▸ 服务地址 http://localhost:${port}`);
const server = spawn(NEXT, [dev ? "dev" : "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

/**
 * The embedded database is a single-machine demo: a secret generated once and kept beside
 * it is enough. A PostgreSQL deployment must be given NEXTAUTH_SECRET.
 */
function embeddedSecret(t: DatabaseTarget): string {
  if (t.kind === "postgresql" || t.dataDir.startsWith("memory://")) {
    if (dev) return "development-only-secret-not-for-production-use";
    console.error("生产环境必须设置 NEXTAUTH_SECRET（至少 32 个字符），例如：openssl rand -base64 32");
    process.exit(2);
  }
  const file = path.join(path.dirname(t.dataDir), "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
