/**
 * `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * holding the SQL that takes a database from the committed migrations to prisma/schema.prisma,
 * as computed by Prisma's own schema engine (offline, see scripts/prisma-engine.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { schemaDiff } from "./prisma-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("用法：npm run db:migration:new -- <name>（小写字母、数字和下划线）");
  process.exit(2);
}
const diff = await schemaDiff("migrations");
if (!diff.changed) {
  console.log("schema.prisma 与现有迁移一致，无需新迁移");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), diff.sql);
console.log(`已生成 ${dir}/migration.sql —— 请检查 SQL，需要时补充数据迁移，然后运行 npm run db:migrate`);
