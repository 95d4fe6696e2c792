import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import { assertCan } from "../../auth/permissions";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { m } from "../../i18n";
import type { TAssignmentCreate } from "../../validation/target-edit";
import { regionSubtree } from "../scope";
import { managedTargets } from "./targets";
import { decimalToNumber, ManageFieldError, managedWrite } from "./write";

const a = m.manage.assignments;

export interface ManagedAssignment {
  id: string;
  kind: "HOSPITAL" | "UNIT";
  name: string;
  shareValue: number | null;
}

/** Who reports on the target, and the hospitals and units that could be added (not archived, in the subtree). */
export async function getTargetAssignments(actor: SessionUser, targetId: string) {
  assertCan(actor, "plan:write");
  const target = await db.target.findFirst({
    where: { id: targetId, ...managedTargets(actor) },
    select: {
      assignments: {
        where: { archivedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, shareValue: true, hospital: { select: { name: true } }, unit: { select: { name: true } } },
      },
    },
  });
  if (!target) return null;
  const [hospitals, units] = await Promise.all([
    db.hospital.findMany({ where: { archivedAt: null, region: regionSubtree(actor) }, orderBy: { code: "asc" }, select: { id: true, name: true } }),
    db.responsibleUnit.findMany({ where: { archivedAt: null, region: regionSubtree(actor) }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const rows: ManagedAssignment[] = target.assignments.map((x) => ({
    id: x.id,
    kind: x.hospital ? "HOSPITAL" : "UNIT",
    name: x.hospital?.name ?? x.unit?.name ?? "",
    shareValue: decimalToNumber(x.shareValue),
  }));
  return { rows, hospitals, units };
}

/**
 * Assigns a target to a hospital or unit of the subtree. Re-assigning one that was removed
 * brings the archived assignment back, so its earlier report values stay attached to it.
 */
export async function createAssignment(actor: SessionUser, input: TAssignmentCreate): Promise<string> {
  const attempt = { action: AUDIT_ACTIONS.assignmentCreate, entityType: "Assignment" };
  const field = input.hospitalId ? "hospitalId" : "unitId";
  return managedWrite(actor, attempt, async (tx, audit) => {
    const target = await tx.target.findFirst({ where: { id: input.targetId, ...managedTargets(actor) }, select: { id: true } });
    if (!target) return null;
    const assignee = input.hospitalId
      ? await tx.hospital.count({ where: { id: input.hospitalId, archivedAt: null, region: regionSubtree(actor) } })
      : await tx.responsibleUnit.count({ where: { id: input.unitId!, archivedAt: null, region: regionSubtree(actor) } });
    if (!assignee) throw new ManageFieldError(field, a.assigneeOutOfScope);
    const key = input.hospitalId ? { targetId: input.targetId, hospitalId: input.hospitalId } : { targetId: input.targetId, unitId: input.unitId };
    const existing = await tx.assignment.findFirst({ where: key, select: { id: true, archivedAt: true } });
    if (existing && !existing.archivedAt) throw new ManageFieldError(field, a.exists);
    const data = { shareValue: input.shareValue, archivedAt: null };
    const saved = existing
      ? await tx.assignment.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.assignment.create({ data: { ...key, ...data }, select: { id: true } });
    await recordAudit(tx, audit, { ...attempt, entityId: saved.id, outcome: "SUCCESS", after: { ...key, shareValue: input.shareValue, restored: !!existing } });
    return saved.id;
  });
}

/** Removing an assignment archives it: report values refer to it and stay in history. */
export async function archiveAssignment(actor: SessionUser, id: string): Promise<{ targetId: string }> {
  const attempt = { action: AUDIT_ACTIONS.assignmentArchive, entityType: "Assignment", entityId: id };
  return managedWrite(actor, attempt, async (tx, audit) => {
    const found = await tx.assignment.findFirst({ where: { id, archivedAt: null, target: managedTargets(actor) }, select: { targetId: true, hospitalId: true, unitId: true } });
    if (!found) return null;
    const archivedAt = new Date();
    await tx.assignment.update({ where: { id }, data: { archivedAt } });
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", before: { ...found, archivedAt: null }, after: { archivedAt } });
    return { targetId: found.targetId };
  }, async () => (await db.assignment.count({ where: { id } })) > 0);
}
