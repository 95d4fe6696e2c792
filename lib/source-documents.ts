import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { SOURCE_FILES } from "../seed/schema";
import { db } from "./db";
import { currentTransaction } from "./db/transaction-scope";
import { m } from "./i18n";

/**
 * The plans' published texts: the five bundled with the release (seed/sources) and those staff
 * enter for a further plan (SourceDocument, lib/dal/manage/plan-document.ts). Only a bundled
 * name is ever joined into a path, and only after it matched the whitelist; any other name is
 * a database key, so a name from a URL can never reach the file system.
 */
export type SourceFile = (typeof SOURCE_FILES)[number];

/** Only the five published documents in seed/sources can be read from disk. */
export function asSourceFile(name: string | null | undefined): SourceFile | null {
  return SOURCE_FILES.find((f) => f === name) ?? null;
}

// The bundled documents never change while the server runs (they are part of the release).
const cache = new Map<SourceFile, Promise<string>>();

function readBundled(file: SourceFile): Promise<string> {
  let text = cache.get(file);
  if (!text) {
    text = readFile(path.join(process.cwd(), "seed", "sources", file), "utf8");
    cache.set(file, text);
    text.catch(() => cache.delete(file));
  }
  return text;
}

/** A document's text: the bundled file of that name, else the text staff entered under it; null when there is neither. */
export async function readSourceDocument(file: string): Promise<string | null> {
  const bundled = asSourceFile(file);
  if (bundled) return readBundled(bundled);
  const entered = await (currentTransaction() ?? db).sourceDocument.findUnique({ where: { file }, select: { text: true } });
  return entered?.text ?? null;
}

/**
 * The documents among `files` that can be read, each with its Chinese name: the bundled ones
 * in SOURCE_FILES order (the order of their numbering), then the entered ones by name.
 */
export async function existingSourceFiles(files: Iterable<string>): Promise<{ file: string; label: string }[]> {
  const wanted = new Set(files);
  const bundled = SOURCE_FILES.filter((f) => wanted.has(f)).map((file) => ({ file, label: m.targets.fileLabels[file] ?? file }));
  const others = [...wanted].filter((f) => !asSourceFile(f));
  const entered = others.length === 0 ? [] : await db.sourceDocument.findMany({ where: { file: { in: others } }, orderBy: { file: "asc" }, select: { file: true, title: true } });
  return [...bundled, ...entered.map((d) => ({ file: d.file, label: d.title }))];
}
