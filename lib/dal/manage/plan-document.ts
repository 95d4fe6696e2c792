import "server-only";
import { createHash } from "node:crypto";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import { m } from "../../i18n";
import { asSourceFile } from "../../source-documents";
import type { TPlanDocument } from "../../validation/plan-document";
import { managedPlanOf, readManagedPlan, UNBUNDLED_SOURCE } from "./plans";
import { ManageFieldError, managedWrite, uniqueAs, type Tx } from "./write";

const d = m.manage.planDocument;

export type PlanDocumentState =
  | { kind: "bundled"; file: string; label: string }
  | { kind: "none"; suggestedFileName: string }
  | { kind: "entered"; file: string; title: string; text: string; updatedAt: Date };

/** What the plan's maintenance page shows under 规划原文; null unless the actor manages the plan. */
export async function getPlanDocument(actor: SessionUser, planId: string): Promise<PlanDocumentState | null> {
  const plan = await readManagedPlan(actor, planId);
  if (!plan) return null;
  const bundled = asSourceFile(plan.sourceFile);
  if (bundled) return { kind: "bundled", file: bundled, label: m.targets.fileLabels[bundled] ?? bundled };
  const entered = await db.sourceDocument.findUnique({ where: { file: plan.sourceFile }, select: { file: true, title: true, text: true, updatedAt: true } });
  return entered ? { kind: "entered", ...entered } : { kind: "none", suggestedFileName: `${plan.code}.txt` };
}

/** The targets and tasks whose quotes the new text would lose, in Chinese, one line each. */
export class QuotesLostError extends AppError {
  constructor(readonly lost: string[]) {
    super("CONFLICT", d.quotesLost(lost.length));
  }
}

/** A text in the audit log: its name, length and hash, never the text itself. */
const fingerprint = (doc: { file: string; title: string; text: string }) => ({
  file: doc.file,
  title: doc.title,
  length: doc.text.length,
  sha256: createHash("sha256").update(doc.text).digest("hex"),
});

/**
 * Enters or replaces a plan's published text (issue #7: a fourth plan from its text). The
 * first entry stores it under a name of the staff's choosing, links the plan to it, and moves
 * the plan's quotes that named no text yet (UNBUNDLED_SOURCE) onto it. Either way the write
 * is refused, with the list, when a live target's, citation's or task's quote would no longer
 * stand in the text: the document view highlights every quote (DOMAIN.md). Concurrency: the
 * form names the text's updatedAt it was loaded with, or "" for no text yet.
 */
export async function setPlanDocument(actor: SessionUser, input: TPlanDocument): Promise<{ file: string; updatedAt: Date; relinked: number }> {
  const attempt = { action: AUDIT_ACTIONS.planDocumentSet, entityType: "Plan", entityId: input.planId };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const plan = await managedPlanOf(tx, actor, input.planId);
        if (!plan) return null;
        if (asSourceFile(plan.sourceFile)) throw new AppError("CONFLICT", d.bundledReadOnly);
        const current = await tx.sourceDocument.findUnique({ where: { file: plan.sourceFile }, select: { file: true, title: true, text: true, updatedAt: true } });
        if ((current?.updatedAt.toISOString() ?? "") !== input.loaded) throw new AppError("CONFLICT", d.stale);
        const file = current?.file ?? (await newFileName(tx, input.fileName ?? `${plan.code}.txt`));
        const lost = await lostQuotes(tx, { file, planId: plan.id, firstEntry: !current }, input.text);
        if (lost.length > 0) throw new QuotesLostError(lost);

        const next = { file, title: input.title, text: input.text };
        let updatedAt: Date;
        let relinked = 0;
        if (current) {
          const { count } = await tx.sourceDocument.updateMany({ where: { file, updatedAt: current.updatedAt }, data: { title: next.title, text: next.text } });
          if (count === 0) throw new AppError("CONFLICT", d.stale);
          updatedAt = (await tx.sourceDocument.findUniqueOrThrow({ where: { file }, select: { updatedAt: true } })).updatedAt;
        } else {
          updatedAt = (await tx.sourceDocument.create({ data: { ...next, createdById: actor.id }, select: { updatedAt: true } })).updatedAt;
          const { count } = await tx.plan.updateMany({ where: { id: plan.id, sourceFile: plan.sourceFile }, data: { sourceFile: file } });
          if (count === 0) throw new AppError("CONFLICT", d.stale);
          relinked = await relinkUnbundled(tx, plan.id, file);
        }
        await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", before: current ? fingerprint(current) : undefined, after: fingerprint(next), detail: { relinked } });
        return { file, updatedAt, relinked };
      }, async () => (await db.plan.count({ where: { id: input.planId } })) > 0),
    { file: { field: "fileName", message: d.fileNameTaken } },
  );
}

/** A name for a first entry: never a bundled document's (the disk would win), never another plan's text. */
async function newFileName(tx: Tx, name: string): Promise<string> {
  if (asSourceFile(name)) throw new ManageFieldError("fileName", d.fileNameBundled);
  if (name === UNBUNDLED_SOURCE || (await tx.sourceDocument.count({ where: { file: name } })) > 0) throw new ManageFieldError("fileName", d.fileNameTaken);
  return name;
}

/** Which quotes a text must hold: every live one naming the file, and on the first entry the plan's that named no text. */
interface QuoteScope {
  file: string;
  planId: string;
  firstEntry: boolean;
}

async function lostQuotes(tx: Tx, q: QuoteScope, text: string): Promise<string[]> {
  const live = { archivedAt: null, plan: { archivedAt: null } };
  const named = [{ sourceFile: q.file }, ...(q.firstEntry ? [{ planId: q.planId, sourceFile: UNBUNDLED_SOURCE }] : [])];
  const citationNamed = [{ sourceFile: q.file }, ...(q.firstEntry ? [{ sourceFile: UNBUNDLED_SOURCE, target: { planId: q.planId } }] : [])];
  const targets = await tx.target.findMany({ where: { ...live, OR: named }, orderBy: { code: "asc" }, select: { code: true, metric: true, sourceQuote: true } });
  const citations = await tx.targetCitation.findMany({ where: { target: live, OR: citationNamed }, select: { quote: true, target: { select: { code: true, metric: true } } } });
  const tasks = await tx.task.findMany({ where: { ...live, OR: named }, orderBy: { code: "asc" }, select: { code: true, title: true, sourceQuote: true } });
  return [
    ...targets.filter((t) => !text.includes(t.sourceQuote)).map((t) => d.lostTarget(t.code, t.metric)),
    ...citations.filter((c) => !text.includes(c.quote)).map((c) => d.lostCitation(c.target.code, c.target.metric)),
    ...tasks.filter((t) => t.sourceQuote && !text.includes(t.sourceQuote)).map((t) => d.lostTask(t.code, t.title)),
  ];
}

/**
 * On the first entry, the plan's live tasks, targets and citations that named no text now
 * name this one (their quotes were just checked against it). A target's version moves on, so
 * an edit form opened before cannot put the old name back.
 */
async function relinkUnbundled(tx: Tx, planId: string, file: string): Promise<number> {
  const unbundled = { sourceFile: UNBUNDLED_SOURCE };
  const tasks = await tx.task.updateMany({ where: { planId, archivedAt: null, ...unbundled }, data: { sourceFile: file } });
  const targets = await tx.target.updateMany({ where: { planId, archivedAt: null, ...unbundled }, data: { sourceFile: file, version: { increment: 1 } } });
  const citations = await tx.targetCitation.updateMany({ where: { target: { planId, archivedAt: null }, ...unbundled }, data: { sourceFile: file } });
  return tasks.count + targets.count + citations.count;
}
