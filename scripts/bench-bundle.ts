/**
 * `npx tsx scripts/bench-bundle.ts [appDir]`: the first-load JavaScript of the dashboard routes
 * from the last production build (scripts/bench/bundle.ts); `npm run bench:dashboard` prints
 * the same lines. Exits 1 when a route is over the budget or draws recharts on first load.
 */
import path from "node:path";
import { FIRST_LOAD_BUDGET_KB, dashboardBundles, printFirstLoadJs } from "./bench/bundle";

const appDir = path.resolve(process.argv[2] ?? process.cwd());
const largest = printFirstLoadJs(appDir);
const routes = dashboardBundles(appDir) ?? [];
if (largest === null || largest > FIRST_LOAD_BUDGET_KB || routes.some((r) => r.recharts)) process.exitCode = 1;
