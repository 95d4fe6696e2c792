import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import { m } from "../../i18n";
import type { TSpecialtyCreate, TSpecialtyListQuery, TSpecialtyUpdate } from "../../validation/specialties";
import { assertCanAudited, recordDenied } from "../access-audit";
import { regionSubtree } from "../scope";
import { pageOf } from "./paging";
import { setArchived, versionedUpdate } from "./record-writes";
import { managedWrite, uniqueAs, type ManagedAttempt, type Tx } from "./write";

/**
 * The specialty catalogue is one list for every region (a specialty has no region). Any
 * staff member may add to it; a change to a specialty that hospitals outside their subtree
 * use would change other regions' records, so it is refused there (audited as DENIED).
 */
const s = m.manage.specialties;

/** The actor's own designations: those of hospitals in the subtree that are in use. */
const ownDesignations = (actor: SessionUser) => ({ archivedAt: null, hospital: { region: regionSubtree(actor) } });

export async function listManagedSpecialties(actor: SessionUser, q: TSpecialtyListQuery) {
  assertCan(actor, "plan:write");
  const where: Prisma.SpecialtyWhereInput = {
    ...(q.archived ? {} : { archivedAt: null }),
    ...(q.category ? { category: q.category } : {}),
    ...(q.q ? { name: { contains: q.q } } : {}),
  };
  const total = await db.specialty.count({ where });
  const { page, pageCount, skip, take } = pageOf(total, q.page);
  const rows = await db.specialty.findMany({
    where,
    orderBy: [{ [q.sort]: q.dir }, { name: "asc" }],
    skip,
    take,
    select: { id: true, name: true, category: true, archivedAt: true, _count: { select: { designations: { where: ownDesignations(actor) } } } },
  });
  return { rows: rows.map(({ _count, ...r }) => ({ ...r, designations: _count.designations })), total, page, pageCount };
}
export type ManagedSpecialtyRow = Awaited<ReturnType<typeof listManagedSpecialties>>["rows"][number];

const DETAIL = { id: true, name: true, category: true, archivedAt: true, updatedAt: true } satisfies Prisma.SpecialtySelect;

export async function getManagedSpecialty(actor: SessionUser, id: string) {
  assertCan(actor, "plan:write");
  return db.specialty.findUnique({ where: { id }, select: DETAIL });
}

/** The specialty select of the designation form and filter: the catalogue's specialties in use. */
export async function specialtyOptions(actor: SessionUser) {
  assertCan(actor, "plan:write");
  return db.specialty.findMany({ where: { archivedAt: null }, orderBy: [{ category: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

const UNIQUE = { name: { field: "name", message: s.nameTaken } };

export async function createSpecialty(actor: SessionUser, input: TSpecialtyCreate): Promise<string> {
  const attempt = { action: AUDIT_ACTIONS.specialtyCreate, entityType: "Specialty" };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const created = await tx.specialty.create({ data: input, select: { id: true } });
        await recordAudit(tx, audit, { ...attempt, entityId: created.id, outcome: "SUCCESS", after: input });
        return created.id;
      }),
    UNIQUE,
  );
}

/** Permission first (a reporter learns nothing), then the refusal for a specialty other regions use. */
async function assertOnlyOwnUse(actor: SessionUser, attempt: ManagedAttempt & { entityId: string }): Promise<void> {
  await assertCanAudited(actor, "plan:write", attempt);
  const elsewhere = await db.specialtyDesignation.count({ where: { specialtyId: attempt.entityId, archivedAt: null, hospital: { region: { NOT: regionSubtree(actor) } } } });
  if (elsewhere) {
    await recordDenied(actor, attempt, "outOfScope");
    throw new AppError("FORBIDDEN", s.sharedOutside);
  }
}

export async function updateSpecialty(actor: SessionUser, input: TSpecialtyUpdate): Promise<Date> {
  const { id, updatedAt, ...fields } = input;
  const attempt = { action: AUDIT_ACTIONS.specialtyUpdate, entityType: "Specialty", entityId: id };
  await assertOnlyOwnUse(actor, attempt);
  return uniqueAs(
    () =>
      versionedUpdate(actor, attempt, updatedAt, {
        find: (tx) => tx.specialty.findUnique({ where: { id }, select: DETAIL }),
        fields: async () => fields,
        save: (tx, guard, data) => tx.specialty.updateMany({ where: { id, ...guard }, data }),
        exists: async () => false,
      }),
    UNIQUE,
  );
}

const archiveSteps = (id: string) => ({
  find: (tx: Tx) => tx.specialty.findUnique({ where: { id }, select: { archivedAt: true } }),
  write: (tx: Tx, archivedAt: Date | null) => tx.specialty.update({ where: { id }, data: { archivedAt } }),
  exists: async () => false,
});

/** Archived, a specialty leaves the designation form's options; designations still using it must go first. */
export async function archiveSpecialty(actor: SessionUser, id: string): Promise<void> {
  const attempt = { action: AUDIT_ACTIONS.specialtyArchive, entityType: "Specialty", entityId: id };
  await assertOnlyOwnUse(actor, attempt);
  await setArchived(actor, attempt, true, {
    ...archiveSteps(id),
    guard: async (tx) => {
      const inUse = await tx.specialtyDesignation.count({ where: { specialtyId: id, archivedAt: null } });
      if (inUse) throw new AppError("CONFLICT", s.inUse(inUse));
    },
  });
}

export async function restoreSpecialty(actor: SessionUser, id: string): Promise<void> {
  await setArchived(actor, { action: AUDIT_ACTIONS.specialtyRestore, entityType: "Specialty", entityId: id }, false, archiveSteps(id));
}
