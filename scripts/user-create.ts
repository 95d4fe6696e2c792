/**
 * `npm run user:create -- --role admin --username NAME --region 330300 [--name 显示名]
 * [--hospital CODE] [--unit NAME] [--no-force-change]`: creates an account as the system,
 * for bootstrapping a production database that has no accounts and no default passwords.
 * The password comes from USER_CREATE_PASSWORD or, on a terminal, a hidden prompt (twice);
 * it is never a command-line argument, which would land in the shell history and `ps`.
 */
import { parseArgs } from "node:util";
import { passwordProblems } from "../lib/auth/password-policy";
import { createPrismaClient } from "../lib/db/client";
import { databaseTarget } from "../lib/db/target";
import { createUserAsSystem, UserFieldError } from "../lib/dal/user-records";
import { m } from "../lib/i18n";
import { placementProblems, ZUserCreateCommand } from "../lib/validation/users";
import { readHiddenLine } from "./hidden-prompt";

const cli = m.users.cli;
const OPTIONS = {
  role: { type: "string" },
  username: { type: "string" },
  name: { type: "string" },
  region: { type: "string" },
  hospital: { type: "string" },
  unit: { type: "string" },
  "no-force-change": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

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
  if (t.kind === "positional") fail(cli.badArguments(cli.unexpectedArgument(t.value)));
}
const parsed = ZUserCreateCommand.safeParse({ ...values, noForceChange: values["no-force-change"] === true });
if (!parsed.success) fail(cli.badArguments(parsed.error.issues.map((i) => i.message).join("；")));
const command = parsed.data;
const placement = placementProblems({ role: command.role, hospitalId: command.hospital ?? null, unitId: command.unit ?? null });
if (placement.length > 0) fail(cli.badArguments(placement.map((p) => p.message).join("；")));

const password = await readPassword();
const problems = passwordProblems(password, command.username);
if (problems.length > 0) fail(cli.weakPassword(problems.join("；")), 1);

const { prisma, close } = createPrismaClient(databaseTarget());
let problem: string | null = null;
try {
  problem = await create();
} catch (e) {
  problem = cli.failed(e instanceof UserFieldError ? e.message : e instanceof Error ? e.message : String(e));
} finally {
  // Closed before exiting: PGlite flushes its files on close.
  await close();
}
if (problem) fail(problem, 1);

/** Looks up the region, hospital and unit by the names an operator knows, then creates. */
async function create(): Promise<string | null> {
  if (!command.region) {
    const roots = await prisma.region.findMany({ where: { parentId: null }, orderBy: { code: "asc" }, select: { code: true, name: true } });
    return cli.missingRegion(roots.map((r) => `${r.code} ${r.name}`).join("、"));
  }
  const region = await prisma.region.findUnique({ where: { code: command.region }, select: { id: true, name: true, path: true } });
  if (!region) return cli.regionNotFound(command.region);
  let hospitalId: string | null = null;
  let unitId: string | null = null;
  if (command.hospital) {
    const hospital = await prisma.hospital.findUnique({ where: { code: command.hospital }, select: { id: true } });
    if (!hospital) return cli.hospitalNotFound(command.hospital);
    hospitalId = hospital.id;
  }
  if (command.unit) {
    const units = await prisma.responsibleUnit.findMany({ where: { name: command.unit, archivedAt: null, region: { path: { startsWith: region.path } } }, select: { id: true, regionId: true } });
    const exact = units.filter((u) => u.regionId === region.id);
    if (units.length === 0) return cli.unitNotFound(command.unit);
    if (exact.length !== 1 && units.length > 1) return cli.unitAmbiguous(command.unit);
    unitId = (exact[0] ?? units[0]).id;
  }
  const mustChange = !command.noForceChange;
  const user = { username: command.username, displayName: command.name ?? command.username, role: command.role, regionId: region.id, hospitalId, unitId };
  await createUserAsSystem(prisma, user, password, mustChange);
  console.log(cli.created(command.username, m.roles[command.role], region.name));
  if (mustChange) console.log(cli.mustChange);
  return null;
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.USER_CREATE_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") {
    delete process.env.USER_CREATE_PASSWORD;
    return fromEnv;
  }
  if (!process.stdin.isTTY) fail(cli.noPassword, 1);
  const first = await readHiddenLine(cli.promptPassword);
  const firstProblems = passwordProblems(first, command.username);
  // Said before asking again, so a weak password does not cost a second round of typing.
  if (firstProblems.length > 0) fail(cli.weakPassword(firstProblems.join("；")), 1);
  if ((await readHiddenLine(cli.promptAgain)) !== first) fail(cli.passwordMismatch, 1);
  return first;
}
