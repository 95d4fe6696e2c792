import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { changedFields, recordAudit } from "../../audit/record";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { HospitalKind, HospitalLevel } from "../../generated/prisma/enums";
import { m } from "../../i18n";
import type { THospitalCreate, THospitalListQuery, THospitalUpdate } from "../../validation/hospitals";
import { regionSubtree } from "../scope";
import { ManageFieldError, managedWrite, uniqueAs, type Tx } from "./write";

const h = m.manage.hospitals;
export const HOSPITAL_PAGE_SIZE = 20;

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
  const pageCount = Math.max(1, Math.ceil(total / HOSPITAL_PAGE_SIZE));
  const page = Math.min(q.page, pageCount);
  const rows = await db.hospital.findMany({ where, orderBy: orderBy(q), skip: (page - 1) * HOSPITAL_PAGE_SIZE, take: HOSPITAL_PAGE_SIZE, select: ROW });
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
}

const DETAIL = { id: true, code: true, name: true, shortName: true, aliases: true, level: true, kind: true, regionId: true, archivedAt: true } satisfies Prisma.HospitalSelect;

/** One hospital of the subtree (archived too: history stays reachable); null elsewhere. */
export async function getManagedHospital(actor: SessionUser, id: string): Promise<ManagedHospital | null> {
  assertCan(actor, "plan:write");
  return db.hospital.findFirst({ where: { id, ...inScope(actor) }, select: DETAIL });
}

/** The regions a staff member may place a record in: their own subtree. */
export async function manageRegionOptions(actor: SessionUser) {
  assertCan(actor, "plan:write");
  return db.region.findMany({ where: regionSubtree(actor), orderBy: { path: "asc" }, select: { id: true, name: true, level: true } });
}

async function assertRegionInScope(tx: Tx, actor: SessionUser, regionId: string) {
  const ok = await tx.region.count({ where: { id: regionId, ...regionSubtree(actor) } });
  if (!ok) throw new ManageFieldError("regionId", h.regionOutOfScope);
}

const UNIQUE = { code: { field: "code", message: h.codeTaken }, name: { field: "name", message: h.nameTaken } };

export async function createHospital(actor: SessionUser, input: THospitalCreate): Promise<string> {
  return uniqueAs(
    () =>
      managedWrite(actor, { action: AUDIT_ACTIONS.hospitalCreate, entityType: "Hospital" }, async (tx, audit) => {
        await assertRegionInScope(tx, actor, input.regionId);
        const created = await tx.hospital.create({ data: input, select: DETAIL });
        await recordAudit(tx, audit, { action: AUDIT_ACTIONS.hospitalCreate, outcome: "SUCCESS", entityType: "Hospital", entityId: created.id, after: { ...created, archivedAt: null } });
        return created.id;
      }),
    UNIQUE,
  );
}

export async function updateHospital(actor: SessionUser, input: THospitalUpdate): Promise<void> {
  const { id, ...fields } = input;
  const attempt = { action: AUDIT_ACTIONS.hospitalUpdate, entityType: "Hospital", entityId: id };
  await uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const before = await tx.hospital.findFirst({ where: { id, ...inScope(actor), archivedAt: null }, select: DETAIL });
        if (!before) return null;
        await assertRegionInScope(tx, actor, fields.regionId);
        const change = changedFields(before, fields);
        if (Object.keys(change.after).length === 0) return true;
        await tx.hospital.update({ where: { id }, data: fields });
        await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", ...change });
        return true;
      }, () => exists(id)),
    UNIQUE,
  );
}

/**
 * A hospital is never deleted: reports, assignments and accounts refer to it. Archiving takes
 * it out of lists, forms and new assignments; its history stays.
 */
export async function archiveHospital(actor: SessionUser, id: string): Promise<void> {
  const attempt = { action: AUDIT_ACTIONS.hospitalArchive, entityType: "Hospital", entityId: id };
  await managedWrite(actor, attempt, async (tx, audit) => {
    const before = await tx.hospital.findFirst({ where: { id, ...inScope(actor) }, select: { archivedAt: true } });
    if (!before) return null;
    if (before.archivedAt) return true;
    const archivedAt = new Date();
    await tx.hospital.update({ where: { id }, data: { archivedAt } });
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", before: { archivedAt: null }, after: { archivedAt } });
    return true;
  }, () => exists(id));
}

const exists = async (id: string) => (await db.hospital.count({ where: { id } })) > 0;
