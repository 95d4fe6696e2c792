// After `npm install`: generate the Prisma client and install tools/prisma-engine (Prisma
// 6.19's offline schema engine, used to author migrations and by the schema drift test).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

execFileSync("node", ["scripts/prisma-generate.mjs"], { stdio: "inherit" });
const tools = "tools/prisma-engine";
if (!existsSync(`${tools}/node_modules/prisma`)) {
  execFileSync("npm", ["ci", "--prefix", tools, "--no-audit", "--no-fund"], { stdio: "inherit" });
}
