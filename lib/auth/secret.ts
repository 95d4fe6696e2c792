/**
 * NEXTAUTH_SECRET signs session cookies. Required in production; scripts/start.ts provides
 * a generated one (kept in the data folder) only for the embedded demo database.
 */
export function authSecret(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const secret = env.NEXTAUTH_SECRET;
  if (secret && secret.length >= 32) return secret;
  if (env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build") {
    throw new Error("生产环境必须设置 NEXTAUTH_SECRET（至少 32 个字符）");
  }
  return secret ?? "development-only-secret-not-for-production-use";
}
