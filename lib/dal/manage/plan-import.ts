import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import { db } from "../../db";
import { m } from "../../i18n";
import { parsePlanWorkbook, type ImportProblem } from "../../import/plan-workbook";
import { asSourceFile, readSourceDocument } from "../../source-documents";
import type { TPlanImportFields } from "../../validation/plan-import";
import { assertCanAudited } from "../access-audit";
import { activeRegionSubtree } from "../scope";
import { checkImportedRows, writeImportedRows } from "./plan-import-write";
import { managedPlanOf, readManagedPlan, UNBUNDLED_SOURCE } from "./plans";
import { ManageFieldError, managedWrite, uniqueAs } from "./write";

export type PlanImportResult =
  | { ok: true; planCode: string; tasks: number; targets: number; assignments: number }
  | { ok: false; problems: ImportProblem[] };

/**
 * A new plan with its tasks and targets from the import workbook (issue #7). Every row is
 * checked before anything is written; then the plan, its sections, units, tasks, targets and
 * their default assignments go in one transaction with one audit event, so a failure leaves
 * nothing behind.
 */
export async function importPlan(actor: SessionUser, fields: TPlanImportFields, workbook: ArrayBuffer): Promise<PlanImportResult> {
  const attempt = { action: AUDIT_ACTIONS.planCreate, entityType: "Plan" };
  const bundled = fields.sourceFile ? asSourceFile(fields.sourceFile) : null;
  if (fields.sourceFile && !bundled) throw new ManageFieldError("sourceFile", m.manage.common.chooseFromList);
  // Permission first: a refused user learns nothing about the workbook.
  await assertCanAudited(actor, "plan:write", attempt);
  const checked = await parsePlanWorkbook(workbook, bundled ? await readSourceDocument(bundled) : null);
  const sourceFile = bundled ?? UNBUNDLED_SOURCE;
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const region = await tx.region.findFirst({ where: { id: fields.regionId, ...activeRegionSubtree(actor) }, select: { id: true, path: true } });
        if (!region) throw new ManageFieldError("regionId", m.manage.hospitals.regionOutOfScope);
        const rows = await checkImportedRows(tx, { id: null, regionId: region.id, regionPath: region.path }, checked.tasks, checked.targets, checked.problems);
        if (!rows.ok) return rows;
        const planFields = { code: fields.code, title: fields.title, shortTitle: fields.shortTitle, documentNumber: fields.documentNumber, issuer: fields.issuer, issuedOn: fields.issuedOn, startYear: fields.startYear, endYear: fields.endYear, regionId: region.id };
        const plan = await tx.plan.create({ data: { ...planFields, sourceFile }, select: { id: true, code: true } });
        const written = await writeImportedRows(tx, { id: plan.id, regionId: region.id, regionPath: region.path, sourceFile }, checked.tasks, checked.targets, rows.refs);
        await recordAudit(tx, audit, {
          ...attempt,
          entityId: plan.id,
          outcome: "SUCCESS",
          after: { ...planFields, issuedOn: fields.issuedOn?.toISOString().slice(0, 10) ?? null, sourceFile },
          detail: { tasks: written.tasks, targets: written.targets, assignments: written.assignments, imported: true },
        });
        return { ok: true as const, planCode: plan.code, tasks: written.tasks, targets: written.targets, assignments: written.assignments };
      }),
    { code: { field: "code", message: m.manage.plans.codeTaken } },
  );
}

/**
 * The same rows into a plan that exists (the fourth-plan journey: the plan and its text are
 * entered first, so the import can check every quote against the text). Audited as
 * plan.import on the plan.
 */
export async function importIntoPlan(actor: SessionUser, planId: string, workbook: ArrayBuffer): Promise<PlanImportResult> {
  const attempt = { action: AUDIT_ACTIONS.planImport, entityType: "Plan", entityId: planId };
  await assertCanAudited(actor, "plan:write", attempt);
  const exists = async () => (await db.plan.count({ where: { id: planId } })) > 0;
  const stored = await readManagedPlan(actor, planId);
  // A plan outside the actor's region is a 404 (audited) before the workbook is even read.
  if (!stored) return managedWrite<PlanImportResult>(actor, attempt, async () => null, exists);
  const checked = await parsePlanWorkbook(workbook, await readSourceDocument(stored.sourceFile));
  return managedWrite(actor, attempt, async (tx, audit) => {
    const plan = await managedPlanOf(tx, actor, planId);
    if (!plan) return null;
    const rows = await checkImportedRows(tx, plan, checked.tasks, checked.targets, checked.problems);
    if (!rows.ok) return rows;
    const written = await writeImportedRows(tx, plan, checked.tasks, checked.targets, rows.refs);
    await recordAudit(tx, audit, { ...attempt, outcome: "SUCCESS", detail: { tasks: written.tasks, targets: written.targets, assignments: written.assignments, sourceFile: plan.sourceFile } });
    return { ok: true as const, planCode: plan.code, tasks: written.tasks, targets: written.targets, assignments: written.assignments };
  }, exists);
}
