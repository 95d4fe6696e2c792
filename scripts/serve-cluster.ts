/**
 * `next start` in WEB_CONCURRENCY processes sharing one port (node:cluster: the primary
 * accepts connections and hands them to the workers in turn). One Node.js process runs the
 * app's JavaScript on one core, so under the quarter-end rush a single process is the limit
 * long before PostgreSQL is (docs/decisions/006). The workers are stateless (README, "How it
 * scales"); only PostgreSQL can serve more than one: PGlite lives inside its one process.
 * Usage: tsx scripts/serve-cluster.ts <port> [hostname]; a worker that dies is replaced.
 */
import cluster from "node:cluster";
import path from "node:path";

const [port, hostname] = process.argv.slice(2);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1) || 1);
const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");

cluster.setupPrimary({ exec: NEXT_BIN, args: ["start", "-p", port, ...(hostname ? ["-H", hostname] : [])], execArgv: [] });
let stopping = false;
for (let i = 0; i < workers; i++) cluster.fork();
cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  console.error(`应用进程 ${worker.process.pid} 已退出（${signal ?? code}），正在重启`);
  cluster.fork();
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
}
