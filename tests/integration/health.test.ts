import { afterAll, describe, expect, it } from "vitest";
import { prismaForPostgres } from "@/lib/db/client";
import { checkHealth } from "@/lib/dal/health";
import { readMigrations } from "@/lib/migrate";
import { migratedDatabase, useAsAppDatabase, type TestDatabase } from "../helpers/database";

describe("health check", () => {
  let db: TestDatabase | undefined;
  afterAll(() => db?.close());

  it("reports ok, the backend and the latest applied migration", async () => {
    db = await migratedDatabase("pglite");
    useAsAppDatabase(db.prisma);
    expect(await checkHealth()).toEqual({ status: "ok", database: "pglite", migration: readMigrations().at(-1)!.name });
  });

  it("reports an error with a reason when the database cannot be reached", async () => {
    // Port 9 on loopback: nothing listens there, so the connection is refused at once.
    const unreachable = prismaForPostgres("postgresql://nobody@127.0.0.1:9/none");
    useAsAppDatabase(unreachable.prisma);
    const health = await checkHealth();
    expect(health).toMatchObject({ status: "error", reason: "数据库无法访问" });
    await unreachable.close();
  });
});
