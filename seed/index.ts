/**
 * Seeding entry points shared by `npm run db:seed`, `npm start` and the tests.
 * Everything runs in one transaction, so a crash mid-seed leaves the database as it was.
 */
import type { Db } from "../lib/db/client";
import { loadPlanBundles, regions } from "./data";
import { loadDemoLayer } from "./demo";
import { loadPlanBundle, loadRegions } from "./load";
import type { TPlanBundle } from "./schema";
import { readSources } from "./sources";
import { SyncStats } from "./sync";
import { validateBundles } from "./validate";

export interface SeedOptions {
  demo: boolean;
  /** The plan data to load; the real plans by default. */
  bundles?: TPlanBundle[];
}

export async function seedDatabase(prisma: Db, { demo, bundles = loadPlanBundles() }: SeedOptions): Promise<SyncStats> {
  const problems = validateBundles(bundles, regions, readSources());
  if (problems.length > 0) throw new Error(`种子数据校验失败：\n${problems.join("\n")}`);
  const stats = new SyncStats();
  await prisma.$transaction(
    async (tx) => {
      const regionIds = await loadRegions(tx, regions, stats);
      for (const bundle of bundles) await loadPlanBundle(tx, bundle, regionIds, stats);
      if (demo) await loadDemoLayer(tx, stats);
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  return stats;
}

export async function isSeeded(prisma: Db): Promise<boolean> {
  return (await prisma.plan.count()) > 0;
}
