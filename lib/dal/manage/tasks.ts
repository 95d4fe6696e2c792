import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { changedFields, recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import { m } from "../../i18n";
import { TASK_PAGE_SIZE, type TTaskCreate, type TTaskListQuery, type TTaskUpdate } from "../../validation/tasks";
import { assertPlanSourceFile, managedPlanOf, readManagedPlan, UNBUNDLED_SOURCE } from "./plans";
import { quoteProblem } from "./source-quote";
import { ManageFieldError, managedWrite, uniqueAs, type Tx } from "./write";

const k = m.manage.tasks;

const FIELDS = { code: true, number: true, title: true, text: true, sectionId: true, regionId: true, sourceFile: true, sourceQuote: true, sortOrder: true } satisfies Prisma.TaskSelect;
const UNITS = { units: { orderBy: [{ isLead: "desc" }, { sortOrder: "asc" }], select: { isLead: true, unit: { select: { name: true } } } } } satisfies Prisma.TaskSelect;
const ROW = {
  id: true, code: true, number: true, title: true, archivedAt: true,
  section: { select: { title: true } },
  region: { select: { name: true } },
  ...UNITS,
  _count: { select: { targets: { where: { archivedAt: null } } } },
} satisfies Prisma.TaskSelect;

export type ManagedTaskRow = ReturnType<typeof toRow>;
const toRow = ({ section, region, units, _count, ...t }: Prisma.TaskGetPayload<{ select: typeof ROW }>) => ({
  ...t,
  sectionTitle: section?.title ?? null,
  regionName: region?.name ?? null,
  units: units.map((u) => ({ name: u.unit.name, isLead: u.isLead })),
  targetCount: _count.targets,
});

/** A plan's tasks for its maintenance page: searchable, by section, sortable, paged; null unless the actor manages the plan. */
export async function listManagedTasks(actor: SessionUser, planId: string, q: TTaskListQuery) {
  if (!(await readManagedPlan(actor, planId))) return null;
  const text = q.q ? { OR: (["code", "number", "title", "text"] as const).map((f) => ({ [f]: { contains: q.q, mode: "insensitive" as const } })) } : {};
  const section = q.section === "none" ? { sectionId: null } : q.section ? { sectionId: q.section } : {};
  const where: Prisma.TaskWhereInput = { planId, ...(q.archived ? {} : { archivedAt: null }), ...section, ...text };
  const total = await db.task.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / TASK_PAGE_SIZE));
  const page = Math.min(q.page, pageCount);
  const rows = await db.task.findMany({ where, orderBy: [{ [q.sort]: q.dir }, { code: "asc" }], skip: (page - 1) * TASK_PAGE_SIZE, take: TASK_PAGE_SIZE, select: ROW });
  return { rows: rows.map(toRow), total, page, pageCount };
}

const DETAIL = {
  ...FIELDS, id: true, planId: true, archivedAt: true, updatedAt: true,
  units: { orderBy: { sortOrder: "asc" }, select: { unitId: true, isLead: true, unit: { select: { name: true, archivedAt: true } } } },
  targets: { orderBy: { code: "asc" }, select: { id: true, code: true, metric: true, archivedAt: true } },
} satisfies Prisma.TaskSelect;
export type ManagedTask = Prisma.TaskGetPayload<{ select: typeof DETAIL }>;

/** One task of the plan with its unit links and targets (archived ones too); null unless the actor manages the plan. */
export async function getManagedTask(actor: SessionUser, planId: string, id: string): Promise<ManagedTask | null> {
  if (!(await readManagedPlan(actor, planId))) return null;
  return db.task.findFirst({ where: { id, planId }, select: DETAIL });
}

/** What the task form offers, as select options: the plan's live sections and the counties of its region, plus the task's current ones. */
export async function taskFormOptions(actor: SessionUser, planId: string, current?: { sectionId: string | null; regionId: string | null }) {
  const plan = await readManagedPlan(actor, planId);
  if (!plan) return null;
  const keep = (id: string | null | undefined) => (id ? [{ id }] : []);
  const [sections, regions] = await Promise.all([
    db.planSection.findMany({ where: { planId, OR: [{ archivedAt: null }, ...keep(current?.sectionId)] }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, title: true, archivedAt: true } }),
    db.region.findMany({
      where: { OR: [{ level: "COUNTY", archivedAt: null, path: { startsWith: plan.regionPath } }, ...keep(current?.regionId)] },
      orderBy: { path: "asc" },
      select: { id: true, name: true, archivedAt: true },
    }),
  ]);
  return {
    sections: sections.map((x) => ({ id: x.id, label: `${x.code} ${x.title}`, archived: !!x.archivedAt })),
    regions: regions.map((r) => ({ id: r.id, label: r.name, archived: !!r.archivedAt })),
  };
}

/** The section must be a live one of the plan (or the one the task already has); the region a county of the plan's region. */
async function checkPlacement(tx: Tx, plan: { id: string; regionPath: string; sourceFile: string }, v: TTaskCreate | TTaskUpdate, was?: { sectionId: string | null; regionId: string | null }) {
  assertPlanSourceFile(plan, v.sourceFile);
  if (v.sectionId && v.sectionId !== was?.sectionId && !(await tx.planSection.count({ where: { id: v.sectionId, planId: plan.id, archivedAt: null } })))
    throw new ManageFieldError("sectionId", k.sectionInvalid);
  if (v.regionId && v.regionId !== was?.regionId && !(await tx.region.count({ where: { id: v.regionId, level: "COUNTY", archivedAt: null, path: { startsWith: plan.regionPath } } })))
    throw new ManageFieldError("regionId", k.regionInvalid);
  if (v.sourceQuote && v.sourceFile && (await quoteProblem(v.sourceFile, v.sourceQuote))) throw new ManageFieldError("sourceQuote", m.manage.target.quoteNotFound);
}

/** The row as stored: no text → the title, no bundled source → UNBUNDLED_SOURCE, no order → after the last task. */
async function stored(tx: Tx, planId: string, v: Omit<TTaskCreate, "planId">, sortOrder?: number) {
  const order = v.sortOrder ?? sortOrder ?? ((await tx.task.aggregate({ where: { planId }, _max: { sortOrder: true } }))._max.sortOrder ?? -1) + 1;
  return { ...v, text: v.text ?? v.title, sourceFile: v.sourceFile ?? UNBUNDLED_SOURCE, sortOrder: order };
}

const UNIQUE = { code: { field: "code", message: k.codeTaken } };

export async function createTask(actor: SessionUser, input: TTaskCreate): Promise<string> {
  const { planId, ...fields } = input;
  const attempt = { action: AUDIT_ACTIONS.taskCreate, entityType: "Task" };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const plan = await managedPlanOf(tx, actor, planId);
        if (!plan) return null;
        await checkPlacement(tx, plan, input);
        const data = await stored(tx, planId, fields);
        const created = await tx.task.create({ data: { ...data, planId }, select: { id: true } });
        await recordAudit(tx, audit, { ...attempt, entityId: created.id, outcome: "SUCCESS", after: { planId, ...data } });
        return created.id;
      }, () => planExists(planId)),
    UNIQUE,
  );
}

/** Every field of a task; a stale updatedAt is refused (CONFLICT). */
export async function updateTask(actor: SessionUser, input: TTaskUpdate): Promise<Date> {
  const { id, updatedAt, ...fields } = input;
  const attempt = { action: AUDIT_ACTIONS.taskUpdate, entityType: "Task", entityId: id };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const task = await tx.task.findUnique({ where: { id }, select: { ...FIELDS, planId: true, archivedAt: true, updatedAt: true } });
        const plan = task && (await managedPlanOf(tx, actor, task.planId));
        if (!task || !plan) return null;
        if (task.archivedAt) throw new AppError("CONFLICT", k.archivedReadOnly);
        await checkPlacement(tx, plan, input, task);
        const next = await stored(tx, task.planId, fields, task.sortOrder);
        const change = changedFields(task, next);
        if (Object.keys(change.after).length === 0) return task.updatedAt;
        const { count } = await tx.task.updateMany({ where: { id, updatedAt }, data: next });
        if (count === 0) throw new AppError("CONFLICT", k.stale);
        const saved = await tx.task.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
        await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", ...change });
        return saved.updatedAt;
      }, () => exists(id)),
    UNIQUE,
  );
}

/**
 * A task is archived, never deleted (reports refer to its targets). Its live targets are
 * archived with it, at the same instant, so dashboards do not go on judging targets of a task
 * nobody sees; restoring the task brings back exactly those, and targets archived on their
 * own before stay archived. Each target gets its own audit event next to the task's.
 */
export async function setTaskArchived(actor: SessionUser, id: string, archived: boolean): Promise<string> {
  const action = archived ? AUDIT_ACTIONS.taskArchive : AUDIT_ACTIONS.taskRestore;
  const attempt = { action, entityType: "Task", entityId: id };
  return managedWrite(actor, attempt, async (tx, audit) => {
    const task = await tx.task.findUnique({ where: { id }, select: { planId: true, archivedAt: true } });
    if (!task || !(await managedPlanOf(tx, actor, task.planId))) return null;
    if (!!task.archivedAt === archived) return task.planId;
    const archivedAt = archived ? new Date() : null;
    const targets = await tx.target.findMany({ where: { taskId: id, archivedAt: task.archivedAt }, select: { id: true } });
    await tx.task.update({ where: { id }, data: { archivedAt } });
    await tx.target.updateMany({ where: { id: { in: targets.map((t) => t.id) } }, data: { archivedAt, version: { increment: 1 } } });
    const change = { before: { archivedAt: task.archivedAt }, after: { archivedAt } };
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", ...change, detail: { targets: targets.map((t) => t.id) } });
    for (const t of targets) {
      await recordAudit(tx, audit, { action: archived ? AUDIT_ACTIONS.targetArchive : AUDIT_ACTIONS.targetRestore, entityType: "Target", entityId: t.id, outcome: "SUCCESS", ...change, detail: { withTask: id } });
    }
    return task.planId;
  }, () => exists(id));
}

const exists = async (id: string) => (await db.task.count({ where: { id } })) > 0;
const planExists = async (id: string) => (await db.plan.count({ where: { id } })) > 0;
