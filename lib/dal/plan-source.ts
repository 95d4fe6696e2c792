import "server-only";
import { assertCan } from "../auth/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { highlightQuotes, type Segment } from "../domain/highlight";
import { citationQuoteKey, targetQuoteKey } from "../domain/source-anchor";
import { existingSourceFiles, readSourceDocument } from "../source-documents";
import { getPlanByCode, type PlanHeader } from "./plans";
import { planRegionScope } from "./scope";

export interface MarkedQuote {
  targetId: string;
  code: string;
  metric: string;
}

export interface PlanSourceView {
  plan: PlanHeader;
  /** Every document the plan's targets cite that can be read, the plan's own file first, with its name. */
  files: { file: string; label: string }[];
  /** The document shown; null when the plan has no readable text yet (staff have not entered it). */
  file: string | null;
  segments: Segment[];
  /** What each quote key in the segments belongs to. */
  quotes: Record<string, MarkedQuote>;
  occurrences: Record<string, number>;
  /** Codes of targets whose quote is not in the file (a seed error; the seed check forbids it). */
  missing: string[];
  /** The target the view was opened for, when it belongs to this plan. */
  focus: (MarkedQuote & { keys: string[] }) | null;
}

/**
 * A plan's source document, bundled or entered by staff, with every target quote marked. Null
 * when the plan is outside the user's region or the requested file is not one of the plan's
 * documents; a plan whose text has not been entered yet answers with no file.
 */
export async function getPlanSource(
  actor: SessionUser,
  planCode: string,
  request: { file?: string | null; targetId?: string | null },
): Promise<PlanSourceView | null> {
  assertCan(actor, "plan:read");
  const plan = await getPlanByCode(actor, planCode);
  if (!plan) return null;
  const targets = await db.target.findMany({
    where: { planId: plan.id, archivedAt: null, plan: { region: planRegionScope(actor) } },
    select: { id: true, code: true, metric: true, sourceFile: true, sourceQuote: true, citations: { select: { id: true, sourceFile: true, quote: true } } },
  });
  const files = await existingSourceFiles([plan.sourceFile, ...targets.flatMap((t) => [t.sourceFile, ...t.citations.map((c) => c.sourceFile)])]);
  files.sort((a, b) => Number(b.file === plan.sourceFile) - Number(a.file === plan.sourceFile));
  const readable = (name: string | null | undefined) => files.find((f) => f.file === name)?.file ?? null;

  const focused = targets.find((t) => t.id === request.targetId) ?? null;
  if (files.length === 0 && !request.file) return { plan, files, file: null, segments: [], quotes: {}, occurrences: {}, missing: [], focus: null };
  // Only a document of this plan is read: any other name from the URL is a 404.
  const file = request.file ? readable(request.file) : (readable(focused?.sourceFile) ?? files[0]?.file ?? null);
  if (!file) return null;

  const quotes: Record<string, MarkedQuote> = {};
  const toMark: { key: string; quote: string }[] = [];
  for (const t of targets) {
    const owner = { targetId: t.id, code: t.code, metric: t.metric };
    const places = [
      { key: targetQuoteKey(t.id), file: t.sourceFile, quote: t.sourceQuote },
      ...t.citations.map((c) => ({ key: citationQuoteKey(c.id), file: c.sourceFile, quote: c.quote })),
    ];
    for (const p of places.filter((x) => x.file === file)) {
      quotes[p.key] = owner;
      toMark.push({ key: p.key, quote: p.quote });
    }
  }
  const { segments, occurrences, missing } = highlightQuotes((await readSourceDocument(file)) ?? "", toMark);
  return {
    plan,
    files,
    file,
    segments,
    quotes,
    occurrences: Object.fromEntries(occurrences),
    missing: [...new Set(missing.map((k) => quotes[k].code))],
    focus: focused && {
      targetId: focused.id,
      code: focused.code,
      metric: focused.metric,
      keys: toMark.filter((q) => quotes[q.key].targetId === focused.id).map((q) => q.key),
    },
  };
}
