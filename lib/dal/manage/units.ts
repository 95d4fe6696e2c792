import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { UnitKind } from "../../generated/prisma/enums";
import { m } from "../../i18n";
import type { TUnitCreate, TUnitListQuery, TUnitUpdate } from "../../validation/units";
import { regionSubtree } from "../scope";
import { pageOf } from "./paging";
import { setArchived, versionedUpdate } from "./record-writes";
import { assertRegionActive, assertRegionPlaceable } from "./regions";
import { managedWrite, uniqueAs, type Tx } from "./write";

const u = m.manage.units;

/** Responsible units of the staff member's region subtree (a county's units under the city's staff). */
const inScope = (actor: SessionUser) => ({ region: regionSubtree(actor) });

export interface ManagedUnitRow {
  id: string;
  name: string;
  fullName: string | null;
  kind: UnitKind;
  regionName: string;
  archivedAt: Date | null;
  leads: number;
  coLeads: number;
  assignments: number;
}

function orderBy(q: TUnitListQuery): Prisma.ResponsibleUnitOrderByWithRelationInput[] {
  const by = q.sort === "region" ? { region: { path: q.dir } } : q.sort === "tasks" ? { tasks: { _count: q.dir } } : { [q.sort]: q.dir };
  return [by, { name: "asc" }, { id: "asc" }];
}

/** Lead and co-lead task links per unit, archived tasks left out. */
async function taskCounts(unitIds: string[]) {
  const groups = await db.taskUnit.groupBy({ by: ["unitId", "isLead"], where: { unitId: { in: unitIds }, task: { archivedAt: null } }, _count: { _all: true } });
  const count = (unitId: string, isLead: boolean) => groups.find((g) => g.unitId === unitId && g.isLead === isLead)?._count._all ?? 0;
  return (unitId: string) => ({ leads: count(unitId, true), coLeads: count(unitId, false) });
}

export async function listManagedUnits(actor: SessionUser, q: TUnitListQuery) {
  assertCan(actor, "plan:write");
  const where: Prisma.ResponsibleUnitWhereInput = {
    ...inScope(actor),
    ...(q.archived ? {} : { archivedAt: null }),
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.region ? { regionId: q.region } : {}),
    ...(q.q ? { OR: [{ name: { contains: q.q } }, { fullName: { contains: q.q } }] } : {}),
  };
  const total = await db.responsibleUnit.count({ where });
  const { page, pageCount, skip, take } = pageOf(total, q.page);
  const rows = await db.responsibleUnit.findMany({
    where,
    orderBy: orderBy(q),
    skip,
    take,
    select: { id: true, name: true, fullName: true, kind: true, archivedAt: true, region: { select: { name: true } }, _count: { select: { assignments: { where: { archivedAt: null } } } } },
  });
  const tasksOf = await taskCounts(rows.map((r) => r.id));
  return {
    rows: rows.map(({ region, _count, ...r }): ManagedUnitRow => ({ ...r, regionName: region.name, assignments: _count.assignments, ...tasksOf(r.id) })),
    total,
    page,
    pageCount,
  };
}

const DETAIL = { id: true, name: true, fullName: true, kind: true, regionId: true, archivedAt: true, updatedAt: true } satisfies Prisma.ResponsibleUnitSelect;

export type ManagedUnit = Prisma.ResponsibleUnitGetPayload<{ select: typeof DETAIL }> & {
  regionName: string;
  users: number;
  tasks: { isLead: boolean; task: { id: string; code: string; number: string; title: string; archivedAt: Date | null; plan: { code: string; shortTitle: string } } }[];
  assignments: { id: string; target: { id: string; code: string; metric: string; plan: { shortTitle: string } } }[];
};

/**
 * One unit of the subtree (archived too: its history stays readable) with the tasks it is
 * linked to and the targets it reports on; null elsewhere.
 */
export async function getManagedUnit(actor: SessionUser, id: string): Promise<ManagedUnit | null> {
  assertCan(actor, "plan:write");
  const row = await db.responsibleUnit.findFirst({
    where: { id, ...inScope(actor) },
    select: {
      ...DETAIL,
      region: { select: { name: true } },
      _count: { select: { users: { where: { disabledAt: null } } } },
      tasks: {
        orderBy: [{ task: { plan: { code: "asc" } } }, { task: { sortOrder: "asc" } }],
        select: { isLead: true, task: { select: { id: true, code: true, number: true, title: true, archivedAt: true, plan: { select: { code: true, shortTitle: true } } } } },
      },
      assignments: {
        where: { archivedAt: null, target: { archivedAt: null } },
        orderBy: [{ target: { plan: { code: "asc" } } }, { target: { code: "asc" } }],
        select: { id: true, target: { select: { id: true, code: true, metric: true, plan: { select: { shortTitle: true } } } } },
      },
    },
  });
  if (!row) return null;
  const { region, _count, ...unit } = row;
  return { ...unit, regionName: region.name, users: _count.users };
}

const UNIQUE = { name: { field: "name", message: u.nameTaken } };

export async function createUnit(actor: SessionUser, input: TUnitCreate): Promise<string> {
  const attempt = { action: AUDIT_ACTIONS.unitCreate, entityType: "ResponsibleUnit" };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        await assertRegionPlaceable(tx, actor, input.regionId, u.regionOutOfScope);
        const created = await tx.responsibleUnit.create({ data: input, select: { id: true } });
        await recordAudit(tx, audit, { ...attempt, entityId: created.id, outcome: "SUCCESS", after: input });
        return created.id;
      }),
    UNIQUE,
  );
}

/** Saves the form only if nobody changed the unit since it was loaded; returns the new stamp. */
export async function updateUnit(actor: SessionUser, input: TUnitUpdate): Promise<Date> {
  const { id, updatedAt, ...fields } = input;
  return uniqueAs(
    () =>
      versionedUpdate(actor, { action: AUDIT_ACTIONS.unitUpdate, entityType: "ResponsibleUnit", entityId: id }, updatedAt, {
        find: (tx) => tx.responsibleUnit.findFirst({ where: { id, ...inScope(actor) }, select: DETAIL }),
        fields: (tx) => assertRegionPlaceable(tx, actor, fields.regionId, u.regionOutOfScope).then(() => fields),
        save: (tx, guard, data) => tx.responsibleUnit.updateMany({ where: { id, ...guard }, data }),
        exists: () => exists(id),
      }),
    UNIQUE,
  );
}

const archiveSteps = (actor: SessionUser, id: string) => ({
  find: (tx: Tx) => tx.responsibleUnit.findFirst({ where: { id, ...inScope(actor) }, select: { archivedAt: true, regionId: true } }),
  write: (tx: Tx, archivedAt: Date | null) => tx.responsibleUnit.update({ where: { id }, data: { archivedAt } }),
  exists: () => exists(id),
});

/**
 * Tasks, assignments, reports and accounts refer to a unit: it is archived, never deleted.
 * Archived, it drops out of the assignment, account and import options and the dashboards'
 * filters; the task links and reports stay as history.
 */
export async function archiveUnit(actor: SessionUser, id: string): Promise<void> {
  await setArchived(actor, { action: AUDIT_ACTIONS.unitArchive, entityType: "ResponsibleUnit", entityId: id }, true, archiveSteps(actor, id));
}

export async function restoreUnit(actor: SessionUser, id: string): Promise<void> {
  await setArchived(actor, { action: AUDIT_ACTIONS.unitRestore, entityType: "ResponsibleUnit", entityId: id }, false, {
    ...archiveSteps(actor, id),
    guard: (tx, stored) => assertRegionActive(tx, stored.regionId),
  });
}

const exists = async (id: string) => (await db.responsibleUnit.count({ where: { id } })) > 0;
