import { seedDatabase } from "@/seed";
import { migratedDatabase, type TestDatabase } from "./database";

/** A fresh PGlite with the three plans and the demo layer (accounts, periods, reports). */
export async function seededDatabase(): Promise<TestDatabase> {
  const db = await migratedDatabase("pglite");
  await seedDatabase(db.prisma, { demo: true });
  return db;
}
