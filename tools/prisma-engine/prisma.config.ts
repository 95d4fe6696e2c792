import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// Prisma 6.19's WebAssembly schema engine ("js" engine) runs offline through a driver
// adapter, here an in-memory PGlite. The engine applies each migration file as one raw
// statement; PGlite's prepared statements refuse several commands, so parameterless raw
// SQL goes through PGlite's simple-query exec instead.
type Queryable = { executeRaw(q: { sql: string; args: unknown[] }): Promise<number> };

function withScripts<T extends Queryable>(queryable: T, db: PGlite): T {
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.executeRaw = async (q) => {
    if (q.args.length > 0) return executeRaw(q);
    await db.exec(q.sql);
    return 0;
  };
  return queryable;
}

class ScriptablePGlite extends PrismaPGlite {
  private readonly db: PGlite;
  constructor(db: PGlite) {
    super(db);
    this.db = db;
  }
  override async connect() {
    return withScripts(await super.connect(), this.db);
  }
  override async connectToShadowDb() {
    const shadow = new PGlite();
    return withScripts(await new PrismaPGlite(shadow).connect(), shadow);
  }
}

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new ScriptablePGlite(new PGlite()),
});
