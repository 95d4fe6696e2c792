import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { HospitalKind, HospitalLevel } from "../../generated/prisma/enums";
import { m } from "../../i18n";
import type { THospitalCreate, THospitalListQuery, THospitalUpdate } from "../../validation/hospitals";
import { regionSubtree } from "../scope";
import { pageOf } from "./paging";
import { setArchived, versionedUpdate } from "./record-writes";
import { assertRegionActive, assertRegionPlaceable } from "./regions";
import { managedWrite, uniqueAs, type Tx } from "./write";

const h = m.manage.hospitals;

export interface ManagedHospitalRow {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  level: HospitalLevel | null;
  kind: HospitalKind;
  regionName: string;
  archivedAt: Date | null;
  assignmentCount: number;
}

const ROW = {
  id: true, code: true, name: true, shortName: true, level: true, kind: true, archivedAt: true,
  region: { select: { name: true } },
  _count: { select: { assignments: { where: { archivedAt: null } } } },
} satisfies Prisma.HospitalSelect;

const inScope = (actor: SessionUser) => ({ region: regionSubtree(actor) });

function orderBy(q: THospitalListQuery): Prisma.HospitalOrderByWithRelationInput[] {
  const by = q.sort === "region" ? { region: { path: q.dir } } : { [q.sort]: q.dir };
  return [by, { code: "asc" }];
}

/** Hospitals of the staff member's region subtree; archived ones only when asked for. */
export async function listManagedHospitals(actor: SessionUser, q: THospitalListQuery) {
  assertCan(actor, "plan:write");
  const text = q.q ? { OR: [{ name: { contains: q.q } }, { shortName: { contains: q.q } }, { code: { contains: q.q, mode: "insensitive" as const } }] } : {};
  const where: Prisma.HospitalWhereInput = {
    ...inScope(actor),
    ...(q.archived ? {} : { archivedAt: null }),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.level ? { level: q.level } : {}),
    ...text,
  };
  const total = await db.hospital.count({ where });
  const { page, pageCount, skip, take } = pageOf(total, q.page);
  const rows = await db.hospital.findMany({ where, orderBy: orderBy(q), skip, take, select: ROW });
  return {
    rows: rows.map(({ region, _count, ...r }): ManagedHospitalRow => ({ ...r, regionName: region.name, assignmentCount: _count.assignments })),
    total,
    page,
    pageCount,
  };
}

export interface ManagedHospital {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  level: HospitalLevel | null;
  kind: HospitalKind;
  regionId: string;
  archivedAt: Date | null;
  updatedAt: Date;
}

const DETAIL = { id: true, code: true, name: true, shortName: true, aliases: true, level: true, kind: true, regionId: true, archivedAt: true, updatedAt: true } satisfies Prisma.HospitalSelect;

/** One hospital of the subtree (archived too: history stays reachable); null elsewhere. */
export async function getManagedHospital(actor: SessionUser, id: string): Promise<ManagedHospital | null> {
  assertCan(actor, "plan:write");
  return db.hospital.findFirst({ where: { id, ...inScope(actor) }, select: DETAIL });
}

const UNIQUE = { code: { field: "code", message: h.codeTaken }, name: { field: "name", message: h.nameTaken } };

export async function createHospital(actor: SessionUser, input: THospitalCreate): Promise<string> {
  return uniqueAs(
    () =>
      managedWrite(actor, { action: AUDIT_ACTIONS.hospitalCreate, entityType: "Hospital" }, async (tx, audit) => {
        await assertRegionPlaceable(tx, actor, input.regionId, h.regionOutOfScope);
        const created = await tx.hospital.create({ data: input, select: { id: true } });
        await recordAudit(tx, audit, { action: AUDIT_ACTIONS.hospitalCreate, outcome: "SUCCESS", entityType: "Hospital", entityId: created.id, after: { ...input, archivedAt: null } });
        return created.id;
      }),
    UNIQUE,
  );
}

/** Saves the form only if nobody changed the hospital since it was loaded (its updatedAt); returns the new stamp. */
export async function updateHospital(actor: SessionUser, input: THospitalUpdate): Promise<Date> {
  const { id, updatedAt, ...fields } = input;
  return uniqueAs(
    () =>
      versionedUpdate(actor, { action: AUDIT_ACTIONS.hospitalUpdate, entityType: "Hospital", entityId: id }, updatedAt, {
        find: (tx) => tx.hospital.findFirst({ where: { id, ...inScope(actor) }, select: DETAIL }),
        fields: (tx) => assertRegionPlaceable(tx, actor, fields.regionId, h.regionOutOfScope).then(() => fields),
        save: (tx, guard, data) => tx.hospital.updateMany({ where: { id, ...guard }, data }),
        exists: () => exists(id),
      }),
    UNIQUE,
  );
}

const archiveSteps = (actor: SessionUser, id: string) => ({
  find: (tx: Tx) => tx.hospital.findFirst({ where: { id, ...inScope(actor) }, select: { archivedAt: true, regionId: true } }),
  write: (tx: Tx, archivedAt: Date | null) => tx.hospital.update({ where: { id }, data: { archivedAt } }),
  exists: () => exists(id),
});

/**
 * A hospital is never deleted: reports, assignments and accounts refer to it. Archiving takes
 * it out of lists, forms and new assignments; its history stays.
 */
export async function archiveHospital(actor: SessionUser, id: string): Promise<void> {
  await setArchived(actor, { action: AUDIT_ACTIONS.hospitalArchive, entityType: "Hospital", entityId: id }, true, archiveSteps(actor, id));
}

/** Back into the lists and forms, provided its region is still in use. */
export async function restoreHospital(actor: SessionUser, id: string): Promise<void> {
  await setArchived(actor, { action: AUDIT_ACTIONS.hospitalRestore, entityType: "Hospital", entityId: id }, false, {
    ...archiveSteps(actor, id),
    guard: (tx, stored) => assertRegionActive(tx, stored.regionId),
  });
}

const exists = async (id: string) => (await db.hospital.count({ where: { id } })) > 0;
