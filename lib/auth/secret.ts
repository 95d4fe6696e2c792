import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseTarget } from "../db/target";

type Env = Readonly<Record<string, string | undefined>>;

const DEV_SECRET = "development-only-secret-not-for-production-use";

/**
 * The application secret: signs session cookies and keys the audit hash chain.
 * NEXTAUTH_SECRET (≥ 32 characters) wins. Without it, the embedded database keeps a
 * generated one beside its data folder (a single-machine demo or pilot); a PostgreSQL
 * deployment in production refuses to start.
 */
export function appSecret(env: Env = process.env): string {
  const secret = env.NEXTAUTH_SECRET;
  if (secret && secret.length >= 32) return secret;
  const target = databaseTarget(env);
  if (target.kind === "pglite" && !target.dataDir.startsWith("memory://")) return embeddedSecret(target.dataDir);
  if (env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("生产环境必须设置 NEXTAUTH_SECRET（至少 32 个字符），例如：openssl rand -base64 32");
  }
  return DEV_SECRET;
}

function embeddedSecret(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * Keys the audit log's HMAC chain. Kept apart from the database, so that a database
 * superuser who edits a row cannot recompute the chain (docs/security.md).
 */
export function auditChainKey(env: Env = process.env): string {
  return env.AUDIT_CHAIN_KEY ?? createHmac("sha256", appSecret(env)).update("audit-chain-v1").digest("hex");
}
