/**
 * `npm run audit:verify [-- --save-heads FILE] [-- --since FILE]`: re-computes every HMAC
 * chain of the audit log and exits 1 when any event was altered, inserted, removed or moved
 * inside a chain. Prints each chain's head and one digest of them to keep outside the
 * database. `--save-heads` writes them to FILE; `--since` checks that the heads saved in
 * FILE earlier are all still in the log, so a chain cut short since then is found too.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { headsDigest, type ChainHead } from "../lib/audit/chain";
import { verifyAuditLog } from "../lib/audit/verify";
import { createPrismaClient } from "../lib/db/client";
import { databaseTarget, describeTarget } from "../lib/db/target";

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

interface SavedHeads {
  headsDigest: string | null;
  heads: { chain: number; id: string | null; hash: string | null }[];
}

const target = databaseTarget();
const { prisma, close } = createPrismaClient(target);
try {
  const result = await verifyAuditLog(prisma);
  console.log(`数据库 ${describeTarget(target)}：已校验 ${result.checked} 条审计记录，${result.heads.length} 条哈希链`);
  for (const h of result.heads) console.log(`  链 ${h.chain}：${h.checked} 条，链尾 #${h.id ?? "-"} ${h.hash ?? "（空）"}`);
  console.log(`链尾摘要：${result.headsDigest ?? "（空）"}`);
  let failures = result.breaks.length;
  for (const b of result.breaks) console.error(`✕ 链 ${b.chain} 记录 #${b.id}：${b.reason === "hash" ? "内容与哈希不符（被修改或移动）" : "链接断裂（前序记录被删除或插入）"}`);

  const since = option("since");
  if (since) failures += await checkSavedHeads(JSON.parse(readFileSync(since, "utf8")) as SavedHeads);

  const save = option("save-heads");
  if (save) {
    const saved: SavedHeads = { headsDigest: result.headsDigest, heads: result.heads.map((h) => ({ chain: h.chain, id: h.id?.toString() ?? null, hash: h.hash })) };
    writeFileSync(save, `${JSON.stringify(saved, null, 2)}\n`);
    console.log(`链尾已写入 ${save}`);
  }
  if (failures > 0) {
    console.error(`审计日志校验失败：发现 ${failures} 处异常`);
    process.exitCode = 1;
  } else {
    console.log("审计日志完整，未发现篡改");
  }
} finally {
  await close();
}

/** Every head saved earlier must still be the same event in the same chain; counts those that are not. */
async function checkSavedHeads(saved: SavedHeads): Promise<number> {
  const asHeads: ChainHead[] = saved.heads.map((h) => ({ chain: h.chain, checked: 0, id: h.id === null ? null : BigInt(h.id), hash: h.hash }));
  if (headsDigest(asHeads) !== saved.headsDigest) {
    console.error("✕ 保存的链尾与其摘要不符：文件已被改动");
    return 1;
  }
  let missing = 0;
  for (const h of saved.heads) {
    if (h.id === null) continue;
    const row = await prisma.auditEvent.findUnique({ where: { id: BigInt(h.id) }, select: { chain: true, hash: true } });
    if (!row || row.chain !== h.chain || row.hash !== h.hash) {
      console.error(`✕ 链 ${h.chain} 记录 #${h.id}：保存时的链尾已不在日志中（尾部被截断或改动）`);
      missing++;
    }
  }
  console.log(`已比对保存的 ${saved.heads.length} 个链尾（摘要 ${saved.headsDigest ?? "（空）"}）`);
  return missing;
}
