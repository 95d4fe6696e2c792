import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import { m } from "../../i18n";
import { isoDay } from "../../validation/manage-fields";
import type { TTargetCreate } from "../../validation/target-edit";
import { createDefaultAssignments } from "./default-assignments";
import { managedPlanOf, readManagedPlan } from "./plans";
import { quoteProblem } from "./source-quote";
import { nextParts, writeParts } from "./target-parts";
import { assertTargetScope } from "./target-scope";
import { ManageFieldError, managedWrite, uniqueAs } from "./write";

const n = m.manage.newTarget;

/** The task a new target is added to (/manage/targets/new?task=…): live, in a live plan the actor manages; null otherwise. */
export async function getTaskForNewTarget(actor: SessionUser, taskId: string) {
  const task = await db.task.findUnique({
    where: { id: taskId },
    select: {
      id: true, code: true, number: true, title: true, planId: true, sourceFile: true, archivedAt: true,
      plan: { select: { code: true, shortTitle: true, startYear: true, endYear: true, archivedAt: true, region: { select: { path: true } } } },
      units: { orderBy: { sortOrder: "asc" }, select: { unitId: true, isLead: true } },
    },
  });
  if (!task || task.archivedAt || task.plan.archivedAt || !(await readManagedPlan(actor, task.planId))) return null;
  return task;
}

/**
 * A new target of a task, at version 1 (issue #7: every field, the source quote and its file),
 * with its yearly milestones and further citations. Its responsible units are the form's, or
 * when the form names none the task's, as the seed's targets do, so the dashboards' view by
 * unit includes it at once. It gets the seed's default assignments (its scope hospital, else
 * its lead units), which staff can change on its maintenance page.
 */
export async function createTarget(actor: SessionUser, input: TTargetCreate): Promise<string> {
  const { taskId, milestones, citations, units, ...fields } = input;
  const attempt = { action: AUDIT_ACTIONS.targetCreate, entityType: "Target" };
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const task = await tx.task.findUnique({ where: { id: taskId }, select: { planId: true, archivedAt: true, plan: { select: { startYear: true } }, units: { orderBy: { sortOrder: "asc" }, select: { unitId: true, isLead: true, unit: { select: { name: true } } } } } });
        const plan = task && (await managedPlanOf(tx, actor, task.planId));
        if (!task || !plan) return null;
        if (task.archivedAt) throw new AppError("CONFLICT", n.taskArchived);
        if (await quoteProblem(fields.sourceFile, fields.sourceQuote)) throw new ManageFieldError("sourceQuote", m.manage.target.quoteNotFound);
        await assertTargetScope(tx, actor, fields);
        const deadlineDate = isoDay(fields.deadlineDate);
        const taskUnits = task.units.map((u) => ({ unitId: u.unitId, name: u.unit.name, isLead: u.isLead }));
        const parts = await nextParts(tx, actor, { milestones, citations, units }, {
          target: { ...fields, deadlineDate },
          plan: { startYear: task.plan.startYear, regionPath: plan.regionPath },
          stored: { milestones: [], citations: [], units: taskUnits },
        });
        const created = await tx.target.create({ data: { ...fields, planId: task.planId, taskId }, select: { id: true, version: true } });
        await writeParts(tx, created.id, parts, { milestones: [], citations: [], units: [] });
        await createDefaultAssignments(tx, [{ targetId: created.id, hospitalIds: [], scopeHospitalId: fields.scopeHospitalId, leadUnitIds: parts.units.filter((u) => u.isLead).map((u) => u.unitId) }]);
        const after = { ...fields, taskId, deadlineDate, version: created.version, ...parts };
        await recordAudit(tx, audit, { ...attempt, entityId: created.id, outcome: "SUCCESS", after });
        return created.id;
      }, async () => (await db.task.count({ where: { id: taskId } })) > 0),
    { code: { field: "code", message: n.codeTaken } },
  );
}
