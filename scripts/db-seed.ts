/**
 * `npm run db:seed` loads the plan data; `npm run db:seed -- --demo` adds the demo layer.
 * Both are idempotent. The demo layer is refused when NODE_ENV=production unless
 * --allow-demo-in-production is given too.
 */
import { createPrismaClient } from "../lib/db/client";
import { databaseTarget, describeTarget } from "../lib/db/target";
import { seedDatabase } from "../seed";

const args = new Set(process.argv.slice(2));
const demo = args.has("--demo");
if (demo && process.env.NODE_ENV === "production" && !args.has("--allow-demo-in-production")) {
  console.error("拒绝向生产数据库写入演示数据（如确需写入，请加 --allow-demo-in-production）");
  process.exit(2);
}
const target = databaseTarget();
const { prisma, close } = createPrismaClient(target);
try {
  const stats = await seedDatabase(prisma, { demo });
  console.log(`数据库 ${describeTarget(target)}：${demo ? "规划数据 + 演示数据" : "规划数据"}`);
  console.log(stats.summary());
  console.log(stats.changed === 0 ? "无变化" : `共写入 ${stats.changed} 条`);
} finally {
  await close();
}
