import "server-only";
import { readSourceDocument } from "../../source-documents";

/**
 * A quote from a plan's text — bundled or entered by staff — must stand in it verbatim, so the
 * document view can highlight it (DOMAIN.md: every target traces to its sentence). A file with
 * no text yet names its source freely; its quotes are checked when the text is entered
 * (lib/dal/manage/plan-document.ts).
 */
export async function quoteProblem(sourceFile: string, quote: string): Promise<"notFound" | null> {
  const text = await readSourceDocument(sourceFile);
  if (text === null) return null;
  return text.includes(quote) ? null : "notFound";
}
