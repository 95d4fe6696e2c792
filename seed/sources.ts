import { readFileSync } from "node:fs";
import path from "node:path";
import { SOURCE_FILES } from "./schema";
import type { SourceTexts } from "./validate";

/** The source documents are part of the product: seed/sources holds them verbatim. */
export const SOURCES_DIR = path.join(process.cwd(), "seed", "sources");

export function readSources(dir = SOURCES_DIR): SourceTexts {
  return Object.fromEntries(SOURCE_FILES.map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));
}
