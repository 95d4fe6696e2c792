import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import { m } from "../../i18n";
import type { TTargetCreate } from "../../validation/target-edit";
import { createDefaultAssignments } from "./default-assignments";
import { managedPlanOf, readManagedPlan } from "./plans";
import { quoteProblem } from "./source-quote";
import { assertTargetScope } from "./target-scope";
import { ManageFieldError, managedWrite, uniqueAs } from "./write";

const n = m.manage.newTarget;

/** The task a new target is added to (/manage/targets/new?task=…): live, in a live plan the actor manages; null otherwise. */
export async function getTaskForNewTarget(actor: SessionUser, taskId: string) {
  const task = await db.task.findUnique({
    where: { id: taskId },
    select: { id: true, code: true, number: true, title: true, planId: true, sourceFile: true, archivedAt: true, plan: { select: { code: true, shortTitle: true, endYear: true, archivedAt: true } } },
  });
  if (!task || task.archivedAt || task.plan.archivedAt || !(await readManagedPlan(actor, task.planId))) return null;
  return task;
}

/**
 * A new target of a task, at version 1 (issue #7: every field, the source quote and its file).
 * It names the task's responsible units, as the seed's targets do, so the dashboards' view by
 * unit includes it at once, and gets the seed's default assignments (its scope hospital, else
 * the lead units), which staff can change on its maintenance page.
 */
export async function createTarget(actor: SessionUser, input: TTargetCreate): Promise<string> {
  const { taskId, ...fields } = input;
  const attempt = { action: AUDIT_ACTIONS.targetCreate, entityType: "Target" };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const task = await tx.task.findUnique({ where: { id: taskId }, select: { planId: true, archivedAt: true, units: { select: { unitId: true, isLead: true, sortOrder: true } } } });
        if (!task || !(await managedPlanOf(tx, actor, task.planId))) return null;
        if (task.archivedAt) throw new AppError("CONFLICT", n.taskArchived);
        if (await quoteProblem(fields.sourceFile, fields.sourceQuote)) throw new ManageFieldError("sourceQuote", m.manage.target.quoteNotFound);
        await assertTargetScope(tx, actor, fields);
        const created = await tx.target.create({ data: { ...fields, planId: task.planId, taskId }, select: { id: true, version: true } });
        await tx.targetUnit.createMany({ data: task.units.map((u) => ({ ...u, targetId: created.id })) });
        await createDefaultAssignments(tx, [{ targetId: created.id, hospitalIds: [], scopeHospitalId: fields.scopeHospitalId, leadUnitIds: task.units.filter((u) => u.isLead).map((u) => u.unitId) }]);
        const after = { ...fields, taskId, deadlineDate: fields.deadlineDate?.toISOString().slice(0, 10) ?? null, version: created.version };
        await recordAudit(tx, audit, { ...attempt, entityId: created.id, outcome: "SUCCESS", after });
        return created.id;
      }, async () => (await db.task.count({ where: { id: taskId } })) > 0),
    { code: { field: "code", message: n.codeTaken } },
  );
}
