import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { childRegionPath, childRegionProblem, type ChildRegionProblem } from "../../domain/region-code";
import { regionDepth, treeOrder } from "../../domain/region-tree";
import { AppError } from "../../errors";
import type { Prisma } from "../../generated/prisma/client";
import type { RegionLevel } from "../../generated/prisma/enums";
import { m } from "../../i18n";
import type { TRegionCreate, TRegionUpdate } from "../../validation/regions";
import { activeRegionOptions } from "../region-options";
import { activeRegionSubtree, regionSubtree } from "../scope";
import { setArchived, versionedUpdate } from "./record-writes";
import { ManageFieldError, managedWrite, uniqueAs, type Tx } from "./write";

const r = m.manage.regions;

/** The region select of the /manage forms (hospital, unit, plan): the shared option query. */
export async function manageRegionOptions(actor: SessionUser) {
  assertCan(actor, "plan:write");
  return activeRegionOptions(actor);
}

/** A record may be placed only in an active region of the actor's subtree. */
export async function assertRegionPlaceable(tx: Tx, actor: SessionUser, regionId: string, message: string): Promise<void> {
  const ok = await tx.region.count({ where: { id: regionId, ...activeRegionSubtree(actor) } });
  if (!ok) throw new ManageFieldError("regionId", message);
}

/** A record goes back into use only in a region still in use. */
export async function assertRegionActive(tx: Tx, regionId: string): Promise<void> {
  const region = await tx.region.findUniqueOrThrow({ where: { id: regionId }, select: { archivedAt: true } });
  if (region.archivedAt) throw new AppError("CONFLICT", m.manage.records.regionArchived);
}

/** What still lives in a region: an archived region must hold none of it. */
const IN_USE = {
  children: { where: { archivedAt: null } },
  hospitals: { where: { archivedAt: null } },
  units: { where: { archivedAt: null } },
  users: { where: { disabledAt: null } },
  plans: { where: { archivedAt: null } },
} satisfies Prisma.RegionCountOutputTypeSelect;
type InUse = Record<keyof typeof IN_USE, number>;

const NODE = {
  id: true, code: true, name: true, level: true, path: true, sortOrder: true, archivedAt: true, updatedAt: true, parentId: true,
  _count: { select: IN_USE },
} satisfies Prisma.RegionSelect;

export interface RegionNode {
  id: string;
  code: string;
  name: string;
  level: RegionLevel;
  path: string;
  sortOrder: number;
  archivedAt: Date | null;
  updatedAt: Date;
  parentId: string | null;
  depth: number;
  inUse: InUse;
}

const node = (actor: SessionUser) => ({ _count, ...row }: Prisma.RegionGetPayload<{ select: typeof NODE }>): RegionNode => ({
  ...row,
  depth: regionDepth(row.path, actor.regionPath),
  inUse: _count,
});

/** The actor's subtree in tree order, with what each region holds; archived regions only when asked for. */
export async function listRegionTree(actor: SessionUser, { archived }: { archived: boolean }): Promise<RegionNode[]> {
  assertCan(actor, "plan:write");
  const rows = await db.region.findMany({ where: archived ? regionSubtree(actor) : activeRegionSubtree(actor), select: NODE });
  return treeOrder(rows).map(node(actor));
}

export type ManagedRegion = RegionNode & { parent: { id: string; name: string; archivedAt: Date | null } | null; children: RegionNode[] };

/** One region of the subtree with its parent and children (archived ones too); null elsewhere. */
export async function getManagedRegion(actor: SessionUser, id: string): Promise<ManagedRegion | null> {
  assertCan(actor, "plan:write");
  const row = await db.region.findFirst({
    where: { id, ...regionSubtree(actor) },
    select: { ...NODE, parent: { select: { id: true, name: true, archivedAt: true, path: true } }, children: { select: NODE } },
  });
  if (!row) return null;
  const { parent, children, ...self } = row;
  // The parent of the actor's own region lies outside the subtree: named, not linked.
  const visibleParent = parent && parent.path.startsWith(actor.regionPath) ? { id: parent.id, name: parent.name, archivedAt: parent.archivedAt } : null;
  return { ...node(actor)(self), parent: visibleParent, children: treeOrder(children).map(node(actor)) };
}

function problemMessage(p: ChildRegionProblem, parentLevel: RegionLevel, childLevel: RegionLevel): string {
  if (p.problem === "noChildLevel") return r.noChildLevel;
  if (p.problem === "levelNotBelow") return r.levelNotBelow(m.manage.regionLevels[parentLevel]);
  if (p.problem === "codeNotUnderParent") return r.codeNotUnderParent(p.prefix);
  return r.codeLevelMismatch[childLevel];
}

async function assertNameFreeAmongSiblings(tx: Tx, parentId: string, name: string, self?: string) {
  const taken = await tx.region.count({ where: { parentId, name, ...(self ? { id: { not: self } } : {}) } });
  if (taken) throw new ManageFieldError("name", r.nameTaken);
}

/**
 * A new region under a parent of the subtree. The path is computed from the parent's path and
 * the code, never taken from the form: it decides every user's access scope.
 */
export async function createRegion(actor: SessionUser, input: TRegionCreate): Promise<string> {
  const attempt = { action: AUDIT_ACTIONS.regionCreate, entityType: "Region" };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const parent = await tx.region.findFirst({ where: { id: input.parentId, ...activeRegionSubtree(actor) }, select: { id: true, code: true, level: true, path: true } });
        if (!parent) throw new ManageFieldError("parentId", r.parentOutOfScope);
        const problem = childRegionProblem(parent, input);
        if (problem) throw new ManageFieldError(problem.field, problemMessage(problem, parent.level, input.level));
        await assertNameFreeAmongSiblings(tx, parent.id, input.name);
        const data = { code: input.code, name: input.name, level: input.level, sortOrder: input.sortOrder, parentId: parent.id, path: childRegionPath(parent.path, input.code) };
        const created = await tx.region.create({ data, select: { id: true } });
        await recordAudit(tx, audit, { ...attempt, entityId: created.id, outcome: "SUCCESS", after: data });
        return created.id;
      }),
    { code: { field: "code", message: r.codeTaken }, path: { field: "code", message: r.codeTaken } },
  );
}

/** Name and order only: code, level and parent make up the path and never change (the form says why). */
export async function updateRegion(actor: SessionUser, input: TRegionUpdate): Promise<Date> {
  const { id, updatedAt } = input;
  // Picked one by one: whatever else the caller's object carries (a path, a code) never reaches the row.
  const fields = { name: input.name, sortOrder: input.sortOrder };
  return versionedUpdate(actor, { action: AUDIT_ACTIONS.regionUpdate, entityType: "Region", entityId: id }, updatedAt, {
    find: (tx) => tx.region.findFirst({ where: { id, ...regionSubtree(actor) }, select: { name: true, sortOrder: true, parentId: true, updatedAt: true, archivedAt: true } }),
    fields: async (tx, stored) => {
      if (stored.parentId) await assertNameFreeAmongSiblings(tx, stored.parentId, fields.name, id);
      return fields;
    },
    save: (tx, guard, data) => tx.region.updateMany({ where: { id, ...guard }, data }),
    exists: () => exists(id),
  });
}

/**
 * An archived region drops out of every region select; it must hold nothing still in use, or
 * those records would sit where no form can put them back.
 */
export async function archiveRegion(actor: SessionUser, id: string): Promise<void> {
  await setArchived(actor, { action: AUDIT_ACTIONS.regionArchive, entityType: "Region", entityId: id }, true, {
    find: (tx) => tx.region.findFirst({ where: { id, ...regionSubtree(actor) }, select: { archivedAt: true, level: true } }),
    guard: async (tx, stored) => {
      // The root holds every province: archiving it would take the whole tree out of the forms.
      if (stored.level === "NATIONAL") throw new AppError("CONFLICT", r.nationalRoot);
      if (id === actor.regionId) throw new AppError("CONFLICT", r.ownRegion);
      const { _count } = await tx.region.findUniqueOrThrow({ where: { id }, select: { _count: { select: IN_USE } } });
      const parts = (Object.keys(IN_USE) as (keyof InUse)[]).filter((k) => _count[k] > 0).map((k) => r.inUseParts[k](_count[k]));
      if (parts.length) throw new AppError("CONFLICT", r.stillInUse(parts.join("、")));
    },
    write: (tx, archivedAt) => tx.region.update({ where: { id }, data: { archivedAt } }),
    exists: () => exists(id),
  });
}

/** Back into the selects; only under an active parent. */
export async function restoreRegion(actor: SessionUser, id: string): Promise<void> {
  await setArchived(actor, { action: AUDIT_ACTIONS.regionRestore, entityType: "Region", entityId: id }, false, {
    find: (tx) => tx.region.findFirst({ where: { id, ...regionSubtree(actor) }, select: { archivedAt: true } }),
    guard: async (tx) => {
      const { parent } = await tx.region.findUniqueOrThrow({ where: { id }, select: { parent: { select: { archivedAt: true } } } });
      if (parent?.archivedAt) throw new AppError("CONFLICT", r.parentArchived);
    },
    write: (tx, archivedAt) => tx.region.update({ where: { id }, data: { archivedAt } }),
    exists: () => exists(id),
  });
}

const exists = async (id: string) => (await db.region.count({ where: { id } })) > 0;
