import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import { m } from "../../i18n";
import { taskUnitsSignature, type TTaskUnitsSet } from "../../validation/tasks";
import { regionSubtree } from "../scope";
import { managedPlanOf } from "./plans";
import { ManageFieldError, managedWrite, type Tx } from "./write";

const u = m.manage.taskUnits;

/** A responsible unit as the units editors offer it. */
export interface UnitOption {
  id: string;
  name: string;
  regionName: string;
  archived: boolean;
}

/**
 * The responsible units a task or target can name: the live ones of a region subtree — the
 * staff member's, or for a target that of its plan (which the staff member manages, so it
 * lies within theirs) — and those it names already (an archived unit stays until someone
 * removes it). The units' own list and forms are /manage/units.
 */
export async function taskUnitOptions(actor: SessionUser, linked: string[] = [], regionPath = actor.regionPath): Promise<UnitOption[]> {
  assertCan(actor, "plan:write");
  const units = await db.responsibleUnit.findMany({
    where: { region: { path: { startsWith: regionPath } }, AND: [{ region: regionSubtree(actor) }], OR: [{ archivedAt: null }, { id: { in: linked } }] },
    orderBy: [{ region: { path: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, archivedAt: true, region: { select: { name: true } } },
  });
  return units.map((u) => ({ id: u.id, name: u.name, regionName: u.region.name, archived: !!u.archivedAt }));
}

const linksOf = (tx: Tx, taskId: string) =>
  tx.taskUnit.findMany({ where: { taskId }, orderBy: { sortOrder: "asc" }, select: { unitId: true, isLead: true, unit: { select: { name: true } } } });

/**
 * Replaces a task's lead and co-units in one audited write (task.unitsSet). The editor names
 * the set it was loaded with: if someone changed it since, nothing is written (CONFLICT).
 * Targets that follow their task (no units of their own, or exactly the task's old set) follow
 * it to the new set, so the dashboards' view by unit shows what the task now says.
 */
export async function setTaskUnits(actor: SessionUser, input: TTaskUnitsSet): Promise<string> {
  const attempt = { action: AUDIT_ACTIONS.taskUnitsSet, entityType: "Task", entityId: input.taskId };
  return managedWrite(actor, attempt, async (tx, audit) => {
    const task = await tx.task.findUnique({ where: { id: input.taskId }, select: { planId: true, archivedAt: true } });
    if (!task || !(await managedPlanOf(tx, actor, task.planId))) return null;
    if (task.archivedAt) throw new AppError("CONFLICT", m.manage.tasks.archivedReadOnly);
    // Two saves of the same task's units wait for each other here, so the second sees the first's set.
    await tx.$executeRaw`SELECT 1 FROM "Task" WHERE id = ${input.taskId} FOR UPDATE`;
    const before = await linksOf(tx, input.taskId);
    if (taskUnitsSignature(before) !== input.loaded) throw new AppError("CONFLICT", u.stale);
    const wanted = input.units.map((l) => l.unitId);
    const known = await tx.responsibleUnit.count({
      where: { id: { in: wanted }, region: regionSubtree(actor), OR: [{ archivedAt: null }, { id: { in: before.map((b) => b.unitId) } }] },
    });
    if (known !== wanted.length) throw new ManageFieldError("units", u.unitInvalid);
    if (taskUnitsSignature(input.units) === input.loaded) return task.planId;

    const rows = input.units.map((l, sortOrder) => ({ unitId: l.unitId, isLead: l.isLead, sortOrder }));
    await tx.taskUnit.deleteMany({ where: { taskId: input.taskId } });
    await tx.taskUnit.createMany({ data: rows.map((r) => ({ ...r, taskId: input.taskId })) });
    const followers = await followingTargets(tx, input.taskId, input.loaded);
    // A new version: a target form opened before this change must not save the old units back.
    await tx.target.updateMany({ where: { id: { in: followers } }, data: { version: { increment: 1 } } });
    await tx.targetUnit.deleteMany({ where: { targetId: { in: followers } } });
    await tx.targetUnit.createMany({ data: followers.flatMap((targetId) => rows.map((r) => ({ ...r, targetId }))) });

    const after = await linksOf(tx, input.taskId);
    const show = (links: typeof before) => links.map((l) => ({ unitId: l.unitId, name: l.unit.name, isLead: l.isLead }));
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", before: show(before), after: show(after), detail: { targets: followers } });
    return task.planId;
  }, async () => (await db.task.count({ where: { id: input.taskId } })) > 0);
}

/** The task's targets whose unit links are none or exactly the task's old ones. */
async function followingTargets(tx: Tx, taskId: string, oldSignature: string): Promise<string[]> {
  const targets = await tx.target.findMany({
    where: { taskId },
    select: { id: true, units: { orderBy: { sortOrder: "asc" }, select: { unitId: true, isLead: true } } },
  });
  return targets.filter((t) => t.units.length === 0 || taskUnitsSignature(t.units) === oldSignature).map((t) => t.id);
}
