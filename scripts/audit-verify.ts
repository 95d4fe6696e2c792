/**
 * `npm run audit:verify`: re-computes the audit log's HMAC chain and exits 1 when any event
 * was altered, inserted or removed inside the chain. Prints the head hash to keep elsewhere.
 */
import { verifyAuditLog } from "../lib/audit/verify";
import { createPrismaClient } from "../lib/db/client";
import { databaseTarget, describeTarget } from "../lib/db/target";

const target = databaseTarget();
const { prisma, close } = createPrismaClient(target);
try {
  const result = await verifyAuditLog(prisma);
  console.log(`数据库 ${describeTarget(target)}：已校验 ${result.checked} 条审计记录`);
  console.log(`链尾哈希：${result.head ?? "（空）"}`);
  if (result.breaks.length > 0) {
    for (const b of result.breaks) console.error(`✕ 记录 #${b.id}：${b.reason === "hash" ? "内容与哈希不符（被修改）" : "链接断裂（前序记录被删除或插入）"}`);
    console.error(`审计日志校验失败：发现 ${result.breaks.length} 处异常`);
    process.exitCode = 1;
  } else {
    console.log("审计日志完整，未发现篡改");
  }
} finally {
  await close();
}
