/**
 * prisma/schema.prisma and prisma/migrations can never drift apart unnoticed: the database
 * the migrations produce is compared with the one Prisma's own schema engine derives from
 * schema.prisma (tools/prisma-engine, offline).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaDiff } from "../../scripts/prisma-engine";
import { catalogSnapshot } from "../helpers/catalog";
import { emptyDatabase, migratedDatabase, type TestDatabase } from "../helpers/database";

describe("schema.prisma ⇔ migrations", () => {
  let fromMigrations: TestDatabase;
  let fromSchema: TestDatabase;

  beforeAll(async () => {
    fromMigrations = await migratedDatabase("pglite");
    fromSchema = await emptyDatabase("pglite");
    const { sql } = await schemaDiff("empty");
    await fromSchema.sql.exec(sql);
  });
  afterAll(async () => {
    await fromMigrations?.close();
    await fromSchema?.close();
  });

  it("migrations produce exactly the tables, columns, types, defaults, keys and indexes schema.prisma describes", async () => {
    const actual = await catalogSnapshot(fromMigrations.sql);
    const expected = await catalogSnapshot(fromSchema.sql);
    expect(actual.columns.length).toBeGreaterThan(100);
    expect(actual.enums).toEqual(expected.enums);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.constraints).toEqual(expected.constraints);
  });

  it("Prisma's schema engine finds nothing to migrate", async () => {
    const diff = await schemaDiff("migrations");
    expect(diff.sql).toContain("This is an empty migration");
    expect(diff.changed).toBe(false);
  }, 120_000);

  it("the engine does notice a schema change that has no migration", async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "drift-")), "schema.prisma");
    writeFileSync(file, readFileSync("prisma/schema.prisma", "utf8").replace("  shortName  String?\n", "  shortName  String?\n  phone      String?\n"));
    const diff = await schemaDiff("migrations", file);
    expect(diff.changed).toBe(true);
    expect(diff.sql).toMatch(/ALTER TABLE "Hospital" ADD COLUMN\s+"phone" TEXT/);
  }, 120_000);
});
