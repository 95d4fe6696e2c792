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
import { createUserAsSystem } from "../lib/dal/user-records";
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
const misplaced = placementProblems({ role: command.role, hospitalId: command.hospital ?? null, unitId: command.unit ?? null });
if (misplaced.length > 0) fail(cli.badArguments(misplaced.map((p) => p.message).join("；")));

/** A refusal to report in Chinese: thrown, so the database is closed before exiting. */
class Refusal extends Error {}

const { prisma, close } = createPrismaClient(databaseTarget());
let problem: string | null = null;
try {
  // Everything that can be checked is checked before the operator types a password.
  const { regionName, ...placement } = await resolvePlacement();
  const password = await readPassword();
  const mustChange = !command.noForceChange;
  const user = { username: command.username, displayName: command.name ?? command.username, role: command.role, ...placement };
  await createUserAsSystem(prisma, user, password, mustChange);
  console.log(cli.created(command.username, m.roles[command.role], regionName));
  if (mustChange) console.log(cli.mustChange);
} catch (e) {
  problem = e instanceof Refusal ? e.message : cli.failed(e instanceof Error ? e.message : String(e));
} finally {
  // Closed before exiting: PGlite flushes its files on close.
  await close();
}
if (problem) fail(problem, 1);

/** The region, hospital and unit, looked up by the codes and names an operator knows. */
async function resolvePlacement(): Promise<{ regionId: string; regionName: string; hospitalId: string | null; unitId: string | null }> {
  if (!command.region) {
    // The country and the provinces under it: the tree's root alone would name 全国 only.
    const roots = await prisma.region.findMany({ where: { level: { in: ["NATIONAL", "PROVINCE"] }, archivedAt: null }, orderBy: { sortOrder: "asc" }, select: { code: true, name: true } });
    throw new Refusal(cli.missingRegion(roots.map((r) => `${r.code} ${r.name}`).join("、")));
  }
  const region = await prisma.region.findUnique({ where: { code: command.region }, select: { id: true, name: true, path: true } });
  if (!region) throw new Refusal(cli.regionNotFound(command.region));
  let hospitalId: string | null = null;
  let unitId: string | null = null;
  if (command.hospital) {
    const hospital = await prisma.hospital.findUnique({ where: { code: command.hospital }, select: { id: true } });
    if (!hospital) throw new Refusal(cli.hospitalNotFound(command.hospital));
    hospitalId = hospital.id;
  }
  if (command.unit) {
    const units = await prisma.responsibleUnit.findMany({
      where: { name: command.unit, archivedAt: null, region: { path: { startsWith: region.path } } },
      select: { id: true, regionId: true },
    });
    // The unit of the region itself wins; a namesake further down must be named by its own region.
    const exact = units.filter((u) => u.regionId === region.id);
    if (units.length === 0) throw new Refusal(cli.unitNotFound(command.unit));
    if (exact.length !== 1 && units.length > 1) throw new Refusal(cli.unitAmbiguous(command.unit));
    unitId = (exact[0] ?? units[0]).id;
  }
  return { regionId: region.id, regionName: region.name, hospitalId, unitId };
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.USER_CREATE_PASSWORD;
  // Not left lying around for anything else this process might start.
  delete process.env.USER_CREATE_PASSWORD;
  const password = fromEnv || (await promptTwice());
  const problems = passwordProblems(password, command.username);
  if (problems.length > 0) throw new Refusal(cli.weakPassword(problems.join("；")));
  return password;
}

async function promptTwice(): Promise<string> {
  if (!process.stdin.isTTY) throw new Refusal(cli.noPassword);
  const first = await readHiddenLine(cli.promptPassword);
  const problems = passwordProblems(first, command.username);
  // Said before asking again, so a weak password does not cost a second round of typing.
  if (problems.length > 0) throw new Refusal(cli.weakPassword(problems.join("；")));
  if ((await readHiddenLine(cli.promptAgain)) !== first) throw new Refusal(cli.passwordMismatch);
  return first;
}
