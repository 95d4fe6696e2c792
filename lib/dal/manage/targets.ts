import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { changedFields, recordAudit } from "../../audit/record";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { REVISION_FIELDS, type TargetRevisionSnapshot } from "../../domain/target-in-force";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import { m } from "../../i18n";
import { isoDay } from "../../validation/manage-fields";
import type { TTargetUpdate } from "../../validation/target-edit";
import { regionSubtree } from "../scope";
import { quoteProblem } from "./source-quote";
import { nextParts, plainParts, TARGET_PARTS, writeParts, type TargetParts } from "./target-parts";
import { assertTargetScope } from "./target-scope";
import { managedPlanOf } from "./plans";
import { decimalToNumber, ManageFieldError, managedWrite } from "./write";

const t = m.manage.target;

/** Staff change the targets of plans of their own region subtree, not those of the regions above. */
export const managedTargets = (actor: SessionUser) => ({ archivedAt: null, plan: { archivedAt: null, region: regionSubtree(actor) } });

const EDITABLE = {
  id: true, code: true, metric: true, comparator: true, value: true, valueHigh: true, unit: true, deadlineYear: true, deadlineDate: true,
  kind: true, baselineValue: true, baselineYear: true, scope: true, scopeRegionId: true, scopeHospitalId: true, aggregation: true, sourceFile: true, sourceQuote: true, decisionNote: true, version: true,
} satisfies Prisma.TargetSelect;
type StoredTarget = Prisma.TargetGetPayload<{ select: typeof EDITABLE }>;

/** The stored target as plain values: numbers and ISO days, comparable with the form's input. */
function plain(s: StoredTarget) {
  return {
    ...s,
    value: decimalToNumber(s.value),
    valueHigh: decimalToNumber(s.valueHigh),
    baselineValue: decimalToNumber(s.baselineValue),
    deadlineDate: isoDay(s.deadlineDate),
  };
}
type PlainTarget = ReturnType<typeof plain>;

export type EditableTarget = PlainTarget & TargetParts & {
  plan: { id: string; code: string; shortTitle: string; startYear: number; regionPath: string };
  task: { id: string; code: string; number: string; title: string };
  revisions: { version: number; reason: string; effectiveFrom: Date; createdAt: Date; changedBy: string | null; before: Partial<TargetRevisionSnapshot>; after: Partial<TargetRevisionSnapshot> }[];
};

/** A target with its milestones, citations, units and revision history for /manage/targets/[id]; null outside the subtree. */
export async function getEditableTarget(actor: SessionUser, id: string): Promise<EditableTarget | null> {
  assertCan(actor, "plan:write");
  const row = await db.target.findFirst({
    where: { id, ...managedTargets(actor) },
    select: {
      ...EDITABLE,
      ...TARGET_PARTS,
      plan: { select: { id: true, code: true, shortTitle: true, startYear: true, region: { select: { path: true } } } },
      task: { select: { id: true, code: true, number: true, title: true } },
      revisions: { orderBy: { version: "desc" }, select: { version: true, reason: true, effectiveFrom: true, createdAt: true, before: true, after: true, changedBy: { select: { displayName: true } } } },
    },
  });
  if (!row) return null;
  const { plan: p, task, revisions, milestones, citations, units, ...stored } = row;
  return {
    ...plain(stored),
    ...plainParts({ milestones, citations, units }),
    plan: { id: p.id, code: p.code, shortTitle: p.shortTitle, startYear: p.startYear, regionPath: p.region.path },
    task,
    revisions: revisions.map((r) => ({
      ...r,
      changedBy: r.changedBy?.displayName ?? null,
      before: r.before as Partial<TargetRevisionSnapshot>,
      after: r.after as Partial<TargetRevisionSnapshot>,
    })),
  };
}

/** The fields a revision records (REVISION_FIELDS), from a whole target. */
const snapshot = (v: PlainTarget & TargetParts) => Object.fromEntries(REVISION_FIELDS.map((k) => [k, v[k]])) as unknown as TargetRevisionSnapshot & Record<string, unknown>;

/**
 * Saves every field of a target with its milestones, further citations and units, in one
 * transaction. The save names the version it was based on: a stale one is refused
 * (CONFLICT). A change of what the target is judged by (figures, deadline, kind, baseline,
 * milestones) or of where it comes from and who answers for it (citations, units) is a
 * revision: it needs a reason and writes a TargetRevision with the old and new values, so
 * the history shows them and dashboards judge each quarter against the target then in force.
 */
export async function updateTarget(actor: SessionUser, input: TTargetUpdate, today = new Date()): Promise<{ version: number; revised: boolean }> {
  const { id, version, reason, effectiveFrom, milestones, citations, units, ...fields } = input;
  const attempt = { action: AUDIT_ACTIONS.targetUpdate, entityType: "Target", entityId: id };
  return managedWrite(actor, attempt, async (tx, audit) => {
    const row = await tx.target.findFirst({
      where: { id, ...managedTargets(actor) },
      select: { ...EDITABLE, ...TARGET_PARTS, plan: { select: { startYear: true, region: { select: { path: true } } } } },
    });
    if (!row) return null;
    const { plan: p, milestones: ms, citations: cs, units: us, ...stored } = row;
    const storedParts = plainParts({ milestones: ms, citations: cs, units: us });
    const next = { ...fields, deadlineDate: isoDay(fields.deadlineDate) };
    if (await quoteProblem(fields.sourceFile, fields.sourceQuote)) throw new ManageFieldError("sourceQuote", t.quoteNotFound);
    await assertTargetScope(tx, actor, fields, stored);
    const parts = await nextParts(tx, actor, { milestones, citations, units }, { target: next, plan: { startYear: p.startYear, regionPath: p.region.path }, stored: storedParts });
    if (stored.version !== version) throw new AppError("CONFLICT", t.stale);
    const before = { ...plain(stored), ...storedParts };
    const after = { ...before, ...next, ...parts };
    const change = changedFields(before, after);
    if (Object.keys(change.after).length === 0) return { version, revised: false };
    const revision = changedFields(snapshot(before), snapshot(after));
    const revised = Object.keys(revision.after).length > 0;
    if (revised && !reason) throw new ManageFieldError("reason", t.reasonRequired);
    // Only if nobody saved in between: the version read above is the one still stored.
    const { count } = await tx.target.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT", t.stale);
    await writeParts(tx, id, parts, storedParts, cs);
    if (revised) {
      await tx.targetRevision.create({
        data: {
          targetId: id,
          version,
          before: snapshot(before) as unknown as Prisma.InputJsonObject,
          after: snapshot(after) as unknown as Prisma.InputJsonObject,
          reason: reason!,
          effectiveFrom: effectiveFrom ?? new Date(today.toISOString().slice(0, 10)),
          changedById: actor.id,
        },
      });
    }
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", ...change, detail: { version: version + 1, ...(revised ? { reason } : {}) } });
    return { version: version + 1, revised };
  }, () => exists(id));
}

/** Reports and revisions refer to a target: it is archived, never deleted. Answers where it belongs. */
export async function archiveTarget(actor: SessionUser, id: string): Promise<{ planId: string; taskId: string }> {
  const attempt = { action: AUDIT_ACTIONS.targetArchive, entityType: "Target", entityId: id };
  return managedWrite(actor, attempt, async (tx, audit) => {
    const stored = await tx.target.findFirst({ where: { id, ...managedTargets(actor) }, select: { planId: true, taskId: true } });
    if (!stored) return null;
    const archivedAt = new Date();
    await tx.target.update({ where: { id }, data: { archivedAt, version: { increment: 1 } } });
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", before: { archivedAt: null }, after: { archivedAt } });
    return stored;
  }, () => exists(id));
}

/**
 * Brings an archived target back. A target archived with its task comes back with the task
 * (setTaskArchived); one of an archived task cannot come back on its own.
 */
export async function restoreTarget(actor: SessionUser, id: string): Promise<string> {
  const attempt = { action: AUDIT_ACTIONS.targetRestore, entityType: "Target", entityId: id };
  return managedWrite(actor, attempt, async (tx, audit) => {
    const target = await tx.target.findUnique({ where: { id }, select: { planId: true, taskId: true, archivedAt: true, task: { select: { archivedAt: true } } } });
    if (!target || !(await managedPlanOf(tx, actor, target.planId))) return null;
    if (target.task.archivedAt) throw new AppError("CONFLICT", m.manage.newTarget.taskArchived);
    if (!target.archivedAt) return target.taskId;
    await tx.target.update({ where: { id }, data: { archivedAt: null, version: { increment: 1 } } });
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", before: { archivedAt: target.archivedAt }, after: { archivedAt: null } });
    return target.taskId;
  }, () => exists(id));
}

const exists = async (id: string) => (await db.target.count({ where: { id } })) > 0;
