import "server-only";
import type { SessionUser } from "../../auth/session-user";
import type { ProgressTarget } from "../../domain/progress";
import type { TargetRevisionSnapshot } from "../../domain/target-in-force";
import type { Prisma } from "../../generated/prisma/client";
import { m } from "../../i18n";
import type { TCitationRows, TMilestoneRows } from "../../validation/target-parts";
import { milestoneIssues } from "../../validation/target-parts";
import type { TUnitLinks } from "../../validation/unit-links";
import { regionSubtree } from "../scope";
import { quoteProblem } from "./source-quote";
import { ManageFieldError, type Tx } from "./write";

/** What is edited with a target besides its own columns: milestones, further citations, units. */
export type TargetParts = Pick<TargetRevisionSnapshot, "milestones" | "citations" | "units">;

export const TARGET_PARTS = {
  milestones: { orderBy: { year: "asc" }, select: { year: true, value: true } },
  citations: { orderBy: { sortOrder: "asc" }, select: { id: true, sourceFile: true, quote: true } },
  units: { orderBy: { sortOrder: "asc" }, select: { unitId: true, isLead: true, unit: { select: { name: true } } } },
} satisfies Prisma.TargetSelect;

export type StoredParts = Prisma.TargetGetPayload<{ select: typeof TARGET_PARTS }>;

/** The stored parts as plain values, comparable with the form's (and kept in revisions and the audit log). */
export const plainParts = (s: StoredParts): TargetParts => ({
  milestones: s.milestones.map((ms) => ({ year: ms.year, value: ms.value.toNumber() })),
  citations: s.citations.map((c) => ({ sourceFile: c.sourceFile, quote: c.quote })),
  units: s.units.map((u) => ({ unitId: u.unitId, name: u.unit.name, isLead: u.isLead })),
});

export interface PartsInput {
  milestones?: TMilestoneRows;
  citations?: TCitationRows;
  units?: TUnitLinks;
}

interface PartsContext {
  /** The target's figures as they will be saved, which the milestones must suit. */
  target: Omit<ProgressTarget, "milestones">;
  plan: { startYear: number; regionPath: string };
  /** What the target has now (none for a new target): a part left out of the input stays so. */
  stored: TargetParts;
}

const firstIssue = (issues: { path: (string | number)[]; message: string }[]) => {
  if (issues.length > 0) throw new ManageFieldError(issues[0].path.join("."), issues[0].message);
};

/**
 * The parts the target will have after the write, checked against what the schema cannot
 * know: the plan's start year for the milestones, the source documents for each quote, and
 * the plan's region for each unit (live, or one the target names already).
 */
export async function nextParts(tx: Tx, actor: SessionUser, input: PartsInput, { target, plan, stored }: PartsContext): Promise<TargetParts> {
  const milestones = (input.milestones ?? stored.milestones).toSorted((a, b) => a.year - b.year);
  firstIssue(milestoneIssues({ ...target, milestones }, plan.startYear));
  const citations = input.citations ?? stored.citations;
  for (const [i, c] of citations.entries()) if (await quoteProblem(c.sourceFile, c.quote)) throw new ManageFieldError(`citations.${i}.quote`, m.manage.target.quoteNotFound);
  if (!input.units) return { milestones, citations, units: stored.units };
  const linked = stored.units.map((u) => u.unitId);
  const found = await tx.responsibleUnit.findMany({
    // The plan lies in the staff member's subtree (managedTargets), so its own subtree does too.
    where: { id: { in: input.units.map((u) => u.unitId) }, region: { path: { startsWith: plan.regionPath } }, AND: [{ region: regionSubtree(actor) }], OR: [{ archivedAt: null }, { id: { in: linked } }] },
    select: { id: true, name: true },
  });
  const names = new Map(found.map((u) => [u.id, u.name]));
  if (names.size !== input.units.length) throw new ManageFieldError("units", m.manage.taskUnits.unitInvalid);
  return { milestones, citations, units: input.units.map((u) => ({ unitId: u.unitId, name: names.get(u.unitId)!, isLead: u.isLead })) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Replaces the parts that changed. A further citation that is kept keeps its id, so links
 * into the document view (citationQuoteKey) stay valid.
 */
export async function writeParts(tx: Tx, targetId: string, next: TargetParts, was: TargetParts, storedCitationIds: { id: string; sourceFile: string; quote: string }[] = []) {
  if (!same(next.milestones, was.milestones)) {
    await tx.targetMilestone.deleteMany({ where: { targetId } });
    await tx.targetMilestone.createMany({ data: next.milestones.map((ms) => ({ targetId, ...ms })) });
  }
  if (!same(next.citations, was.citations)) {
    await tx.targetCitation.deleteMany({ where: { targetId } });
    const idOf = (c: { sourceFile: string; quote: string }) => storedCitationIds.find((s) => s.sourceFile === c.sourceFile && s.quote === c.quote)?.id;
    await tx.targetCitation.createMany({ data: next.citations.map((c, sortOrder) => ({ id: idOf(c), targetId, ...c, sortOrder })) });
  }
  if (!same(next.units, was.units)) {
    await tx.targetUnit.deleteMany({ where: { targetId } });
    await tx.targetUnit.createMany({ data: next.units.map((u, sortOrder) => ({ targetId, unitId: u.unitId, isLead: u.isLead, sortOrder })) });
  }
}
