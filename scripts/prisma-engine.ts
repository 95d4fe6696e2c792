/**
 * Prisma 6.19's WebAssembly schema engine (tools/prisma-engine), the one Prisma engine
 * that runs offline here. It renders prisma/schema.prisma as SQL, either from an empty
 * database or from the state the committed migrations produce.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TOOLS = path.join(ROOT, "tools", "prisma-engine");

/** Prisma 6 wants a datasource url and has no use for our Prisma 7 generator block. */
export function engineSchema(schema: string): string {
  return schema
    .replace(/generator client \{[^}]*\}\n/, "")
    .replace(/datasource db \{\n  provider = "postgresql"\n\}/, 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://unused"\n}');
}

export interface SchemaDiff {
  /** False when the two sides describe the same database. */
  changed: boolean;
  sql: string;
}

export async function schemaDiff(from: "empty" | "migrations", schemaPath = path.join(ROOT, "prisma", "schema.prisma")): Promise<SchemaDiff> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "prisma-engine-"));
  const schema = path.join(dir, "schema.prisma");
  writeFileSync(schema, engineSchema(readFileSync(schemaPath, "utf8")));
  const source = from === "empty" ? ["--from-empty"] : ["--from-migrations", path.join(ROOT, "prisma", "migrations")];
  // Any existing file stops Prisma from trying to download engines it does not use here.
  const placeholder = path.join(TOOLS, "package.json");
  try {
    const { stdout } = await promisify(execFile)(
      path.join(TOOLS, "node_modules", ".bin", "prisma"),
      ["migrate", "diff", ...source, "--to-schema-datamodel", schema, "--script", "--exit-code"],
      {
        cwd: TOOLS,
        env: { ...process.env, PRISMA_QUERY_ENGINE_LIBRARY: placeholder, PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
        maxBuffer: 32 * 1024 * 1024,
      },
    ).catch((e: { code?: number; stdout?: string; stderr?: string }) => {
      if (e.code === 2 && e.stdout !== undefined) return { stdout: e.stdout, changed: true };
      throw new Error(`Prisma schema engine failed: ${e.stderr ?? e}`);
    });
    return { changed: !stdout.includes("-- This is an empty migration."), sql: stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
