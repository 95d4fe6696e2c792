import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { changedFields, recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { isDescendant, sectionDepth } from "../../domain/plan-outline";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import { m } from "../../i18n";
import type { TSectionCreate, TSectionUpdate } from "../../validation/sections";
import { assertPlanSourceFile, managedPlanOf, readManagedPlan } from "./plans";
import { ManageFieldError, managedWrite, uniqueAs, type Tx } from "./write";

const s = m.manage.sections;

const FIELDS = { code: true, title: true, parentId: true, sortOrder: true, sourceFile: true } satisfies Prisma.PlanSectionSelect;
const ROW = { ...FIELDS, id: true, archivedAt: true, updatedAt: true, _count: { select: { tasks: { where: { archivedAt: null } } } } } satisfies Prisma.PlanSectionSelect;

export interface ManagedSection {
  id: string;
  code: string;
  title: string;
  parentId: string | null;
  sortOrder: number;
  sourceFile: string | null;
  archivedAt: Date | null;
  updatedAt: Date;
  taskCount: number;
  depth: number;
}

/** A plan's sections in document order with their depth, archived ones too; null unless the actor manages the plan. */
export async function listPlanSections(actor: SessionUser, planId: string): Promise<ManagedSection[] | null> {
  if (!(await readManagedPlan(actor, planId))) return null;
  const rows = await db.planSection.findMany({ where: { planId }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: ROW });
  return rows.map(({ _count, ...r }) => ({ ...r, taskCount: _count.tasks, depth: sectionDepth(r, rows) }));
}

/** The sections a section may hang under: the plan's live ones, never itself or one below it. */
export const parentOptions = (sections: ManagedSection[], self?: string) =>
  sections.filter((c) => !c.archivedAt && c.id !== self && !(self && isDescendant(c, { id: self, parentId: null }, sections)));

async function assertParent(tx: Tx, planId: string, parentId: string | null, self?: string) {
  if (!parentId) return;
  const sections = await tx.planSection.findMany({ where: { planId }, select: { id: true, parentId: true, archivedAt: true } });
  const parent = sections.find((c) => c.id === parentId);
  if (!parent || parent.archivedAt || parent.id === self || (self && isDescendant(parent, { id: self, parentId: null }, sections))) throw new ManageFieldError("parentId", s.parentInvalid);
}

/** An empty order puts the new section after the plan's last one. */
async function nextOrder(tx: Tx, planId: string) {
  const last = await tx.planSection.aggregate({ where: { planId }, _max: { sortOrder: true } });
  return (last._max.sortOrder ?? -1) + 1;
}

const UNIQUE = { code: { field: "code", message: s.codeTaken } };

export async function createSection(actor: SessionUser, input: TSectionCreate): Promise<string> {
  const attempt = { action: AUDIT_ACTIONS.sectionCreate, entityType: "PlanSection" };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const plan = await managedPlanOf(tx, actor, input.planId);
        if (!plan) return null;
        assertPlanSourceFile(plan, input.sourceFile);
        await assertParent(tx, input.planId, input.parentId);
        const data = { ...input, sortOrder: input.sortOrder ?? (await nextOrder(tx, input.planId)) };
        const created = await tx.planSection.create({ data, select: { id: true } });
        await recordAudit(tx, audit, { ...attempt, entityId: created.id, outcome: "SUCCESS", after: data });
        return created.id;
      }, () => planExists(input.planId)),
    UNIQUE,
  );
}

/** Title, code, order, parent and source; a stale updatedAt is refused (CONFLICT). */
export async function updateSection(actor: SessionUser, input: TSectionUpdate): Promise<Date> {
  const { id, updatedAt, ...fields } = input;
  const attempt = { action: AUDIT_ACTIONS.sectionUpdate, entityType: "PlanSection", entityId: id };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const section = await tx.planSection.findUnique({ where: { id }, select: { ...FIELDS, planId: true, archivedAt: true, updatedAt: true } });
        const plan = section && (await managedPlanOf(tx, actor, section.planId));
        if (!section || !plan) return null;
        if (section.archivedAt) throw new AppError("CONFLICT", s.archivedReadOnly);
        if (fields.sourceFile !== section.sourceFile) assertPlanSourceFile(plan, fields.sourceFile);
        if (fields.parentId !== section.parentId) await assertParent(tx, section.planId, fields.parentId, id);
        const next = { ...fields, sortOrder: fields.sortOrder ?? section.sortOrder };
        const change = changedFields(section, next);
        if (Object.keys(change.after).length === 0) return section.updatedAt;
        const { count } = await tx.planSection.updateMany({ where: { id, updatedAt }, data: next });
        if (count === 0) throw new AppError("CONFLICT", s.stale);
        const saved = await tx.planSection.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
        await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", ...change });
        return saved.updatedAt;
      }, () => exists(id)),
    UNIQUE,
  );
}

/**
 * Archiving a section leaves its tasks where they are: the plan page shows them under 其他
 * until the section is restored (or the tasks are moved), so no task silently disappears.
 */
export async function setSectionArchived(actor: SessionUser, id: string, archived: boolean): Promise<string> {
  const attempt = { action: archived ? AUDIT_ACTIONS.sectionArchive : AUDIT_ACTIONS.sectionRestore, entityType: "PlanSection", entityId: id };
  return managedWrite(actor, attempt, async (tx, audit) => {
    const section = await tx.planSection.findUnique({ where: { id }, select: { planId: true, archivedAt: true } });
    if (!section || !(await managedPlanOf(tx, actor, section.planId))) return null;
    if (!!section.archivedAt === archived) return section.planId;
    const archivedAt = archived ? new Date() : null;
    await tx.planSection.update({ where: { id }, data: { archivedAt } });
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", before: { archivedAt: section.archivedAt }, after: { archivedAt } });
    return section.planId;
  }, () => exists(id));
}

const exists = async (id: string) => (await db.planSection.count({ where: { id } })) > 0;
const planExists = async (id: string) => (await db.plan.count({ where: { id } })) > 0;
