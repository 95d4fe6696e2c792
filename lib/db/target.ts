import { mkdirSync } from "node:fs";
import path from "node:path";

/** Which database the process talks to, decided once from the environment. */
export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgresql"; url: string };

export type DatabaseKind = DatabaseTarget["kind"];

/**
 * DATABASE_URL=postgresql://… selects PostgreSQL; unset selects the embedded PGlite
 * database in PGLITE_DIR (default ./data/pglite). `memory://` runs PGlite in memory (tests).
 */
export function databaseTarget(env: Readonly<Record<string, string | undefined>> = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error("DATABASE_URL 必须是 postgresql:// 开头的连接串；留空则使用内置 PGlite 数据库");
    }
    return { kind: "postgresql", url };
  }
  const dir = env.PGLITE_DIR?.trim() || path.join(process.cwd(), "data", "pglite");
  return { kind: "pglite", dataDir: dir.startsWith("memory://") ? dir : path.resolve(/* turbopackIgnore: true */ dir) };
}

/** A URL without its password, for logs and the health endpoint. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `pglite:${target.dataDir}`;
  const u = new URL(target.url);
  u.password = "";
  return u.toString();
}

/** PGlite creates its own folder but not the parents (./data). */
export function pgliteDataDir(target: Extract<DatabaseTarget, { kind: "pglite" }>): string {
  if (!target.dataDir.startsWith("memory://")) mkdirSync(path.dirname(target.dataDir), { recursive: true });
  return target.dataDir;
}
