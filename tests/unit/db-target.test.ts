import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseTarget, describeTarget } from "@/lib/db/target";

describe("databaseTarget", () => {
  it("defaults to the embedded PGlite database in ./data/pglite", () => {
    expect(databaseTarget({})).toEqual({ kind: "pglite", dataDir: path.join(process.cwd(), "data", "pglite") });
  });

  it("honours PGLITE_DIR, including in-memory databases", () => {
    expect(databaseTarget({ PGLITE_DIR: "/var/lib/targets" })).toEqual({ kind: "pglite", dataDir: "/var/lib/targets" });
    expect(databaseTarget({ PGLITE_DIR: "memory://" })).toEqual({ kind: "pglite", dataDir: "memory://" });
  });

  it("selects PostgreSQL when DATABASE_URL is set", () => {
    const url = "postgresql://app:secret@db.internal:5432/targets";
    expect(databaseTarget({ DATABASE_URL: url })).toEqual({ kind: "postgresql", url });
  });

  it("rejects a DATABASE_URL that is not PostgreSQL, in Chinese", () => {
    expect(() => databaseTarget({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql/);
  });

  it("never prints a password", () => {
    expect(describeTarget({ kind: "postgresql", url: "postgresql://app:secret@db:5432/t" })).not.toContain("secret");
  });
});
