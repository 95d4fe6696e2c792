import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const ROOTS = ["app", "components", "lib", "public", "seed/sources"];
const FILES = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "proxy.ts"];
const SKIP = new Set(["generated", "node_modules"]);

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (SKIP.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** Names, sizes and modification times of everything the build reads: changes when a rebuild is due. */
export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const files = [...ROOTS.flatMap((r) => [...walk(r)]), ...FILES].sort();
  for (const f of files) {
    try {
      const s = statSync(f);
      hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
    } catch {
      hash.update(`${f}\0missing\n`);
    }
  }
  return hash.digest("hex");
}
