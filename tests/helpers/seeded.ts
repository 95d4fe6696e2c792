import { seedDatabase } from "@/seed";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "./database";

/** A fresh PGlite with the three plans and the demo layer (accounts, periods, reports), used by the DAL as its database. */
export async function seededAppDatabase(): Promise<TestDatabase> {
  const db = await migratedDatabase("pglite");
  useAsAppDatabase(db.prisma);
  await seedDatabase(db.prisma, { demo: true });
  return db;
}
