/** `npm run db:migrate`: applies pending migrations to the configured database. */
import { openSql } from "../lib/db/sql";
import { databaseTarget, describeTarget } from "../lib/db/target";
import { migrate } from "../lib/migrate";

const target = databaseTarget();
const conn = await openSql(target);
try {
  const { applied, latest } = await migrate(conn);
  console.log(`数据库 ${describeTarget(target)}`);
  console.log(applied.length ? `已执行迁移：${applied.join(", ")}` : "没有待执行的迁移");
  console.log(`当前版本：${latest}`);
} finally {
  await conn.close();
}
