import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { SOURCE_FILES } from "../seed/schema";

export type SourceFile = (typeof SOURCE_FILES)[number];

/** Only the five published documents in seed/sources can be read: a name from a URL is checked against this list, never joined into a path. */
export function asSourceFile(name: string | null | undefined): SourceFile | null {
  return SOURCE_FILES.find((f) => f === name) ?? null;
}

/** SOURCE_FILES order, which is also the order of the documents' numbering. */
export function sortSourceFiles(files: Iterable<string>): SourceFile[] {
  const wanted = new Set(files);
  return SOURCE_FILES.filter((f) => wanted.has(f));
}

// The documents never change while the server runs (they are part of the release).
const cache = new Map<SourceFile, Promise<string>>();

export function readSourceDocument(file: SourceFile): Promise<string> {
  let text = cache.get(file);
  if (!text) {
    text = readFile(path.join(process.cwd(), "seed", "sources", file), "utf8");
    cache.set(file, text);
    text.catch(() => cache.delete(file));
  }
  return text;
}
