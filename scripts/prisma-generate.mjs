// `prisma generate` needs no schema engine, but Prisma's CLI tries to download one first and
// that download fails offline (ENVIRONMENT.md): pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// existing file skips it. Only done when no engine is configured.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
