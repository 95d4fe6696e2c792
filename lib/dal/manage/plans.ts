import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { changedFields, recordAudit } from "../../audit/record";
import { canManagePlan } from "../../auth/plan-access";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import { m } from "../../i18n";
import { PLAN_PAGE_SIZE, type TPlanCreate, type TPlanListQuery, type TPlanUpdate } from "../../validation/plans";
import { asSourceFile } from "../../source-documents";
import { regionSubtree } from "../scope";
import { ManageFieldError, managedWrite, uniqueAs, type Tx } from "./write";

const p = m.manage.plans;

/** What a plan without a bundled text names as its source. */
export const UNBUNDLED_SOURCE = "未收录原文";

const ACCESS = { id: true, code: true, title: true, regionId: true, archivedAt: true, sourceFile: true, region: { select: { path: true } } } satisfies Prisma.PlanSelect;

function ifManaged(actor: SessionUser, plan: Prisma.PlanGetPayload<{ select: typeof ACCESS }> | null, opts: { live: boolean }) {
  if (!plan || !canManagePlan(actor, { regionPath: plan.region.path })) return null;
  if (opts.live && plan.archivedAt) throw new AppError("CONFLICT", p.archivedReadOnly);
  const { region, ...rest } = plan;
  return { ...rest, regionPath: region.path };
}

/**
 * A plan and its sections and tasks name a bundled document, the plan's own entered text, or
 * none (null). A plan's text is linked to it only by entering it (plan-document.ts), so no
 * form can point a plan at another plan's text, or at a name with no text behind it.
 */
export function assertPlanSourceFile(plan: { sourceFile: string }, name: string | null) {
  if (name && !asSourceFile(name) && name !== plan.sourceFile) throw new ManageFieldError("sourceFile", m.manage.common.chooseFromList);
}

/**
 * The plan a write is about, when the actor may manage it (canManagePlan, the same rule the
 * pages use for their edit controls); null otherwise, which the write frame answers with a 404.
 * Sections, tasks and targets of an archived plan stay as they are until it is restored.
 */
export async function managedPlanOf(tx: Tx, actor: SessionUser, planId: string, opts = { live: true }) {
  return ifManaged(actor, await tx.plan.findUnique({ where: { id: planId }, select: ACCESS }), opts);
}

/** The same check for a page that reads a plan's parts (archived plans included). */
export async function readManagedPlan(actor: SessionUser, planId: string) {
  assertCan(actor, "plan:write");
  return ifManaged(actor, await db.plan.findUnique({ where: { id: planId }, select: ACCESS }), { live: false });
}

const live = { archivedAt: null };
const COUNTS = { _count: { select: { sections: { where: live }, tasks: { where: live }, targets: { where: live } } } } satisfies Prisma.PlanSelect;
const counts = (c: { sections: number; tasks: number; targets: number }) => ({ sectionCount: c.sections, taskCount: c.tasks, targetCount: c.targets });

const ROW = {
  id: true, code: true, title: true, shortTitle: true, documentNumber: true, issuer: true, startYear: true, endYear: true, archivedAt: true,
  region: { select: { name: true } },
  ...COUNTS,
} satisfies Prisma.PlanSelect;
export type ManagedPlanRow = ReturnType<typeof toRow>;
const toRow = ({ region, _count, ...r }: Prisma.PlanGetPayload<{ select: typeof ROW }>) => ({ ...r, regionName: region.name, ...counts(_count) });

function orderBy(q: TPlanListQuery): Prisma.PlanOrderByWithRelationInput[] {
  return [{ [q.sort]: q.dir }, { code: "asc" }];
}

/** The plans of the staff member's region subtree (the ones canManagePlan allows); archived ones when asked. */
export async function listManagedPlans(actor: SessionUser, q: TPlanListQuery) {
  assertCan(actor, "plan:write");
  const text = q.q
    ? { OR: [{ code: { contains: q.q, mode: "insensitive" as const } }, { title: { contains: q.q } }, { shortTitle: { contains: q.q } }, { documentNumber: { contains: q.q } }, { issuer: { contains: q.q } }] }
    : {};
  const where: Prisma.PlanWhereInput = { region: regionSubtree(actor), ...(q.archived ? {} : live), ...text };
  const total = await db.plan.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PLAN_PAGE_SIZE));
  const page = Math.min(q.page, pageCount);
  const rows = await db.plan.findMany({ where, orderBy: orderBy(q), skip: (page - 1) * PLAN_PAGE_SIZE, take: PLAN_PAGE_SIZE, select: ROW });
  return { rows: rows.map(toRow), total, page, pageCount };
}

/** The fields the plan form edits (all but the code). */
const EDITABLE = {
  title: true, shortTitle: true, documentNumber: true, issuer: true, issuedOn: true, startYear: true, endYear: true, regionId: true, sourceFile: true,
} satisfies Prisma.PlanSelect;
const DETAIL = { ...EDITABLE, id: true, code: true, archivedAt: true, updatedAt: true } satisfies Prisma.PlanSelect;

export type ManagedPlan = Prisma.PlanGetPayload<{ select: typeof DETAIL }> & {
  regionName: string;
  regionPath: string;
  sectionCount: number;
  taskCount: number;
  targetCount: number;
  /** The plan's entered text, for the 原文文件 selects of its forms; null for a bundled text or none. */
  ownDocument: { file: string; label: string } | null;
};

/** One plan for its maintenance page, archived too (history stays reachable); null unless canManagePlan. */
export async function getManagedPlan(actor: SessionUser, id: string): Promise<ManagedPlan | null> {
  assertCan(actor, "plan:write");
  const plan = await db.plan.findUnique({ where: { id }, select: { ...DETAIL, region: { select: { name: true, path: true } }, ...COUNTS } });
  if (!plan || !canManagePlan(actor, { regionPath: plan.region.path })) return null;
  const { region, _count, ...rest } = plan;
  return { ...rest, regionName: region.name, regionPath: region.path, ...counts(_count), ownDocument: await ownDocumentOf(plan.sourceFile) };
}

async function assertRegionInScope(tx: Tx, actor: SessionUser, regionId: string) {
  const region = await tx.region.findFirst({ where: { id: regionId, ...regionSubtree(actor) }, select: { path: true } });
  if (!region) throw new ManageFieldError("regionId", m.manage.hospitals.regionOutOfScope);
  return region;
}

/** The plan's row as stored and as the audit log shows it: days as ISO dates, no bundled text → UNBUNDLED_SOURCE. */
const stored = (v: Omit<TPlanCreate, "code">) => ({ ...v, issuedOn: v.issuedOn ? v.issuedOn.toISOString().slice(0, 10) : null, sourceFile: v.sourceFile ?? UNBUNDLED_SOURCE });
const UNIQUE = { code: { field: "code", message: p.codeTaken } };

export async function createPlan(actor: SessionUser, input: TPlanCreate): Promise<string> {
  const attempt = { action: AUDIT_ACTIONS.planCreate, entityType: "Plan" };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        await assertRegionInScope(tx, actor, input.regionId);
        assertPlanSourceFile({ sourceFile: UNBUNDLED_SOURCE }, input.sourceFile);
        const after = stored(input);
        const created = await tx.plan.create({ data: { ...input, sourceFile: after.sourceFile }, select: { id: true } });
        await recordAudit(tx, audit, { ...attempt, entityId: created.id, outcome: "SUCCESS", after });
        return created.id;
      }),
    UNIQUE,
  );
}

/**
 * Saves every field but the code. The form names the updatedAt it was loaded with: a save
 * based on an outdated plan is refused (CONFLICT) instead of overwriting the other change.
 */
export async function updatePlan(actor: SessionUser, input: TPlanUpdate): Promise<Date> {
  const { id, updatedAt, ...fields } = input;
  const attempt = { action: AUDIT_ACTIONS.planUpdate, entityType: "Plan", entityId: id };
  return managedWrite(actor, attempt, async (tx, audit) => {
    const plan = await managedPlanOf(tx, actor, id);
    if (!plan) return null;
    assertPlanSourceFile(plan, fields.sourceFile);
    const region = await assertRegionInScope(tx, actor, fields.regionId);
    // A county task must stay inside the plan's region.
    const outside = await tx.task.count({ where: { planId: id, region: { path: { not: { startsWith: region.path } } } } });
    if (outside > 0) throw new ManageFieldError("regionId", p.regionTasksOutside);
    const { updatedAt: current, ...before } = await tx.plan.findUniqueOrThrow({ where: { id }, select: { ...EDITABLE, updatedAt: true } });
    const change = changedFields(stored(before), stored(fields));
    if (Object.keys(change.after).length === 0) return current;
    const { count } = await tx.plan.updateMany({ where: { id, updatedAt }, data: { ...fields, sourceFile: stored(fields).sourceFile } });
    if (count === 0) throw new AppError("CONFLICT", p.stale);
    const saved = await tx.plan.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", ...change });
    return saved.updatedAt;
  }, () => exists(id));
}

/**
 * A plan is never deleted: reports, revisions and the audit log refer to its targets.
 * Archived, it drops out of the plan list, report forms and dashboards (their queries ask
 * for `archivedAt: null`); restored, it is back as it was.
 */
export async function setPlanArchived(actor: SessionUser, id: string, archived: boolean): Promise<void> {
  const attempt = { action: archived ? AUDIT_ACTIONS.planArchive : AUDIT_ACTIONS.planRestore, entityType: "Plan", entityId: id };
  await managedWrite(actor, attempt, async (tx, audit) => {
    const plan = await managedPlanOf(tx, actor, id, { live: false });
    if (!plan) return null;
    if (!!plan.archivedAt === archived) return true;
    const archivedAt = archived ? new Date() : null;
    await tx.plan.update({ where: { id }, data: { archivedAt } });
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", before: { archivedAt: plan.archivedAt }, after: { archivedAt } });
    return true;
  }, () => exists(id));
}

const exists = async (id: string) => (await db.plan.count({ where: { id } })) > 0;

/** The text staff entered for a plan (named by its sourceFile), offered first in its forms' 原文文件 selects; null for a bundled or missing one. */
async function ownDocumentOf(sourceFile: string): Promise<{ file: string; label: string } | null> {
  if (asSourceFile(sourceFile)) return null;
  const own = await db.sourceDocument.findUnique({ where: { file: sourceFile }, select: { file: true, title: true } });
  return own && { file: own.file, label: own.title };
}

/** The plan's own entered text for a target form of one of its targets or tasks (the page has checked the plan is the actor's). */
export async function planOwnDocument(actor: SessionUser, planId: string): Promise<{ file: string; label: string } | null> {
  assertCan(actor, "plan:write");
  const plan = await db.plan.findUnique({ where: { id: planId }, select: { sourceFile: true } });
  return plan ? ownDocumentOf(plan.sourceFile) : null;
}
