/**
 * `npm run export:targets -- --format json|csv|xlsx --out FILE [--plan CODE]`: writes every
 * target (or one plan's) to a file. Runs as the system, so it sees every region; the web
 * download (GET /api/targets/export) is the scoped way for users.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { exportTargetsAsSystem } from "../lib/dal/target-export-query";
import { createPrismaClient } from "../lib/db/client";
import { databaseTarget } from "../lib/db/target";
import { renderTargetExport } from "../lib/export/targets";
import { m } from "../lib/i18n";
import { ZTargetExportCommand } from "../lib/validation/target-export";

const cli = m.targetExport.cli;
const OPTIONS = { format: { type: "string" }, out: { type: "string" }, plan: { type: "string" }, help: { type: "boolean", short: "h" } } as const;

function fail(message: string, code = 2): never {
  console.error(message);
  if (code === 2) console.error(cli.usage);
  process.exit(code);
}

// Lenient parsing, so every mistake is answered in Chinese rather than by Node's English errors.
const { values, tokens } = parseArgs({ args: process.argv.slice(2), options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
if (values.help) {
  console.log(cli.usage);
  process.exit(0);
}
for (const t of tokens) {
  if (t.kind === "option" && !(t.name in OPTIONS)) fail(cli.badArguments(cli.unknownOption(t.rawName)));
}
const parsed = ZTargetExportCommand.safeParse(values);
if (!parsed.success) fail(cli.badArguments(parsed.error.issues.map((i) => i.message).join("；")));
for (const t of tokens) {
  if (t.kind === "positional") fail(cli.badArguments(cli.unexpectedArgument(t.value)));
}
const { format, out, plan } = parsed.data;

const { prisma, close } = createPrismaClient(databaseTarget());
let problem: string | null = null;
try {
  const rows = await exportTargetsAsSystem(prisma, { planCode: plan });
  if (rows === null) problem = cli.planNotFound(plan!);
  else {
    const file = await renderTargetExport(rows, format);
    const target = path.resolve(out);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.body);
    console.log(cli.written(rows.length, target));
  }
} catch (e) {
  problem = cli.failed(e instanceof Error ? e.message : String(e));
} finally {
  // Closed before exiting: PGlite flushes its files on close.
  await close();
}
if (problem) fail(problem, 1);
