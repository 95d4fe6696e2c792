import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import { m } from "../../i18n";
import type { TDesignationCreate, TDesignationListQuery, TDesignationUpdate } from "../../validation/specialties";
import { planRegionScope, regionSubtree } from "../scope";
import { pageOf } from "./paging";
import { setArchived, versionedUpdate } from "./record-writes";
import { asSourceFile } from "../../source-documents";
import { SOURCE_FILES } from "../../../seed/schema";
import { quoteProblem } from "./source-quote";
import { specialtyOptions } from "./specialties";
import { ManageFieldError, managedWrite, uniqueAs, type Tx } from "./write";

const d = m.manage.designations;

/** A designation belongs to its hospital: staff maintain those of their subtree's hospitals. */
const inScope = (actor: SessionUser) => ({ hospital: { region: regionSubtree(actor) } });
/** The plans a designation may cite: in use and visible (the subtree's and those above it). */
const citablePlans = (actor: SessionUser) => ({ archivedAt: null, region: planRegionScope(actor) });

const ROW = {
  id: true, level: true, status: true, programme: true, archivedAt: true,
  hospital: { select: { id: true, name: true } },
  specialty: { select: { id: true, name: true } },
  plan: { select: { shortTitle: true } },
  task: { select: { code: true } },
} satisfies Prisma.SpecialtyDesignationSelect;
export type ManagedDesignationRow = Prisma.SpecialtyDesignationGetPayload<{ select: typeof ROW }>;

const ORDER: Record<TDesignationListQuery["sort"], (dir: "asc" | "desc") => Prisma.SpecialtyDesignationOrderByWithRelationInput> = {
  hospital: (dir) => ({ hospital: { name: dir } }),
  specialty: (dir) => ({ specialty: { name: dir } }),
  level: (dir) => ({ level: dir }),
  updatedAt: (dir) => ({ updatedAt: dir }),
};

export async function listManagedDesignations(actor: SessionUser, q: TDesignationListQuery) {
  assertCan(actor, "plan:write");
  const text = q.q ? { OR: [{ hospital: { name: { contains: q.q } } }, { specialty: { name: { contains: q.q } } }, { programme: { contains: q.q } }] } : {};
  const where: Prisma.SpecialtyDesignationWhereInput = {
    ...inScope(actor),
    ...(q.archived ? {} : { archivedAt: null }),
    ...(q.level ? { level: q.level } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.hospital ? { hospitalId: q.hospital } : {}),
    ...(q.specialty ? { specialtyId: q.specialty } : {}),
    ...(q.plan ? { planId: q.plan } : {}),
    ...text,
  };
  const total = await db.specialtyDesignation.count({ where });
  const { page, pageCount, skip, take } = pageOf(total, q.page);
  const rows = await db.specialtyDesignation.findMany({ where, orderBy: [ORDER[q.sort](q.dir), { hospital: { name: "asc" } }, { id: "asc" }], skip, take, select: ROW });
  return { rows, total, page, pageCount };
}

/** A hospital's designations for its maintenance page, archived ones last. */
export async function hospitalDesignations(actor: SessionUser, hospitalId: string): Promise<ManagedDesignationRow[]> {
  assertCan(actor, "plan:write");
  return db.specialtyDesignation.findMany({
    where: { hospitalId, ...inScope(actor) },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { level: "asc" }, { specialty: { name: "asc" } }],
    select: ROW,
  });
}

/**
 * The selects of the designation form and filters: hospitals, plans and specialties in use,
 * and the bundled documents (plus a free-text source a designation already names, so a save
 * does not drop it).
 */
export async function designationOptions(actor: SessionUser, storedSourceFile: string | null = null) {
  assertCan(actor, "plan:write");
  const [hospitals, plans, specialties] = await Promise.all([
    db.hospital.findMany({ where: { archivedAt: null, region: regionSubtree(actor) }, orderBy: { code: "asc" }, select: { id: true, name: true } }),
    db.plan.findMany({ where: citablePlans(actor), orderBy: { code: "asc" }, select: { id: true, shortTitle: true } }),
    specialtyOptions(actor),
  ]);
  const files: string[] = [...SOURCE_FILES, ...(storedSourceFile && !asSourceFile(storedSourceFile) ? [storedSourceFile] : [])];
  const sourceFiles = files.map((file) => ({ file, label: m.targets.fileLabels[file] ?? file }));
  return { hospitals, plans, specialties, sourceFiles };
}

const DETAIL = {
  id: true, hospitalId: true, specialtyId: true, level: true, status: true, programme: true, planId: true, taskId: true, sourceFile: true, sourceQuote: true,
  archivedAt: true, updatedAt: true,
  hospital: { select: { name: true } },
  specialty: { select: { name: true } },
  task: { select: { code: true } },
} satisfies Prisma.SpecialtyDesignationSelect;

export async function getManagedDesignation(actor: SessionUser, id: string) {
  assertCan(actor, "plan:write");
  return db.specialtyDesignation.findFirst({ where: { id, ...inScope(actor) }, select: DETAIL });
}
export type ManagedDesignation = NonNullable<Awaited<ReturnType<typeof getManagedDesignation>>>;

/** The form's fields as stored: every reference checked against the actor's scope, the task code resolved in its plan. */
async function resolve(tx: Tx, actor: SessionUser, input: TDesignationCreate) {
  const { taskCode, ...fields } = input;
  if (!(await tx.hospital.count({ where: { id: fields.hospitalId, archivedAt: null, region: regionSubtree(actor) } }))) throw new ManageFieldError("hospitalId", d.hospitalOutOfScope);
  if (!(await tx.specialty.count({ where: { id: fields.specialtyId, archivedAt: null } }))) throw new ManageFieldError("specialtyId", d.specialtyUnavailable);
  if (fields.planId && !(await tx.plan.count({ where: { id: fields.planId, ...citablePlans(actor) } }))) throw new ManageFieldError("planId", d.planOutOfScope);
  const task = fields.planId && taskCode ? await tx.task.findFirst({ where: { planId: fields.planId, code: taskCode }, select: { id: true } }) : null;
  if (taskCode && !task) throw new ManageFieldError("taskCode", d.taskNotInPlan);
  if (fields.sourceFile && fields.sourceQuote && (await quoteProblem(fields.sourceFile, fields.sourceQuote))) throw new ManageFieldError("sourceQuote", d.quoteNotFound);
  return { ...fields, taskId: task?.id ?? null };
}

const UNIQUE = { hospitalId: { field: "level", message: d.exists } };

export async function createDesignation(actor: SessionUser, input: TDesignationCreate): Promise<string> {
  const attempt = { action: AUDIT_ACTIONS.designationCreate, entityType: "SpecialtyDesignation" };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const data = await resolve(tx, actor, input);
        const created = await tx.specialtyDesignation.create({ data, select: { id: true } });
        await recordAudit(tx, audit, { ...attempt, entityId: created.id, outcome: "SUCCESS", after: data });
        return created.id;
      }),
    UNIQUE,
  );
}

export async function updateDesignation(actor: SessionUser, input: TDesignationUpdate): Promise<Date> {
  const { id, updatedAt, ...form } = input;
  return uniqueAs(
    () =>
      versionedUpdate(actor, { action: AUDIT_ACTIONS.designationUpdate, entityType: "SpecialtyDesignation", entityId: id }, updatedAt, {
        find: (tx) => tx.specialtyDesignation.findFirst({ where: { id, ...inScope(actor) }, select: DETAIL }),
        fields: (tx) => resolve(tx, actor, form),
        save: (tx, guard, data) => tx.specialtyDesignation.updateMany({ where: { id, ...guard }, data }),
        exists: () => exists(id),
      }),
    UNIQUE,
  );
}

const archiveSteps = (actor: SessionUser, id: string) => ({
  find: (tx: Tx) => tx.specialtyDesignation.findFirst({ where: { id, ...inScope(actor) }, select: { archivedAt: true, hospital: { select: { archivedAt: true } }, specialty: { select: { archivedAt: true } } } }),
  write: (tx: Tx, archivedAt: Date | null) => tx.specialtyDesignation.update({ where: { id }, data: { archivedAt } }),
  exists: () => exists(id),
});

/** Archived, a designation leaves the hospital dashboard and the lists; its history stays. */
export async function archiveDesignation(actor: SessionUser, id: string): Promise<void> {
  await setArchived(actor, { action: AUDIT_ACTIONS.designationArchive, entityType: "SpecialtyDesignation", entityId: id }, true, archiveSteps(actor, id));
}

/** Back only while its hospital and specialty are in use. */
export async function restoreDesignation(actor: SessionUser, id: string): Promise<void> {
  await setArchived(actor, { action: AUDIT_ACTIONS.designationRestore, entityType: "SpecialtyDesignation", entityId: id }, false, {
    ...archiveSteps(actor, id),
    guard: async (_tx, stored) => {
      if (stored.hospital.archivedAt) throw new AppError("CONFLICT", d.hospitalOutOfScope);
      if (stored.specialty.archivedAt) throw new AppError("CONFLICT", d.specialtyUnavailable);
    },
  });
}

const exists = async (id: string) => (await db.specialtyDesignation.count({ where: { id } })) > 0;
