/** `npm run seed:check`: validates the plan data and prints counts per plan and kind. */
import { loadPlanBundles, regions } from "./data";
import { readSources } from "./sources";
import { validateBundles } from "./validate";

const bundles = loadPlanBundles();
const problems = validateBundles(bundles, regions, readSources());
for (const b of bundles) {
  const targets = b.parts.flatMap((p) => p.targets);
  const kinds = new Map<string, number>();
  for (const t of targets) kinds.set(t.kind, (kinds.get(t.kind) ?? 0) + 1);
  const byKind = [...kinds].map(([k, n]) => `${k}=${n}`);
  const count = (f: (p: (typeof b.parts)[number]) => unknown[]) => b.parts.flatMap(f).length;
  console.log(
    `${b.plan.code}: tasks=${count((p) => p.tasks)} targets=${targets.length} (${byKind.join(" ")}) ` +
      `units=${count((p) => p.units)} hospitals=${count((p) => p.hospitals)} designations=${count((p) => p.designations)} ` +
      `baselines=${count((p) => p.baselines)} dimensions=${count((p) => p.dimensions)}`,
  );
}
for (const p of problems) console.log(`问题: ${p}`);
console.log(problems.length === 0 ? "seed data OK" : `${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
