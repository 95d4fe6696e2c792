import "server-only";
import { asSourceFile, readSourceDocument } from "../../source-documents";

/**
 * A quote from one of the bundled documents must stand in it verbatim, so the document view
 * can highlight it (DOMAIN.md: every target traces to its sentence). A plan without a bundled
 * text names its source freely and its quotes cannot be checked.
 */
export async function quoteProblem(sourceFile: string, quote: string): Promise<"notFound" | null> {
  const file = asSourceFile(sourceFile);
  if (!file) return null;
  const text = await readSourceDocument(file);
  return text.includes(quote) ? null : "notFound";
}
