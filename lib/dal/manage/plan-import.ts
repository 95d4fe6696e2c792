import "server-only";
import { AUDIT_ACTIONS } from "../../audit/actions";
import { recordAudit } from "../../audit/record";
import type { SessionUser } from "../../auth/session-user";
import type { UnitKind } from "../../generated/prisma/enums";
import { m } from "../../i18n";
import { parsePlanWorkbook, type ImportedTask, type ImportedTarget, type ImportProblem } from "../../import/plan-workbook";
import { asSourceFile, readSourceDocument } from "../../source-documents";
import type { TPlanImportFields } from "../../validation/plan-import";
import { assertCanAudited } from "../access-audit";
import { activeRegionSubtree } from "../scope";
import { UNBUNDLED_SOURCE } from "./plans";
import { ManageFieldError, managedWrite, uniqueAs, type Tx } from "./write";

const i = m.manage.import;

export type PlanImportResult = { ok: true; planCode: string; tasks: number; targets: number } | { ok: false; problems: ImportProblem[] };

/**
 * A new plan with its tasks and targets from the import workbook (issue #7). Every row is
 * checked before anything is written; then the plan, its sections, units, tasks and targets
 * go in one transaction with one audit event, so a failure leaves nothing behind.
 */
export async function importPlan(actor: SessionUser, fields: TPlanImportFields, workbook: ArrayBuffer): Promise<PlanImportResult> {
  const attempt = { action: AUDIT_ACTIONS.planCreate, entityType: "Plan" };
  const bundled = fields.sourceFile ? asSourceFile(fields.sourceFile) : null;
  if (fields.sourceFile && !bundled) throw new ManageFieldError("sourceFile", m.manage.common.required);
  // Permission first: a refused user learns nothing about the workbook.
  await assertCanAudited(actor, "plan:write", attempt);
  const checked = await parsePlanWorkbook(workbook, bundled ? await readSourceDocument(bundled) : null);
  if (!checked.ok) return checked;
  const sourceFile = bundled ?? UNBUNDLED_SOURCE;
  return uniqueAs(
    () =>
      managedWrite(actor, attempt, async (tx, audit) => {
        const region = await tx.region.findFirst({ where: { id: fields.regionId, ...activeRegionSubtree(actor) }, select: { id: true } });
        if (!region) throw new ManageFieldError("regionId", m.manage.hospitals.regionOutOfScope);
        const archived = await archivedUnitProblems(tx, region.id, checked.tasks);
        if (archived.length) return { ok: false as const, problems: archived };
        const planFields = { code: fields.code, title: fields.title, shortTitle: fields.shortTitle, documentNumber: fields.documentNumber, issuer: fields.issuer, issuedOn: fields.issuedOn, startYear: fields.startYear, endYear: fields.endYear, regionId: region.id };
        const plan = await tx.plan.create({ data: { ...planFields, sourceFile }, select: { id: true, code: true } });
        const taskIds = await writeTasks(tx, plan.id, region.id, sourceFile, checked.tasks);
        await writeTargets(tx, plan.id, sourceFile, checked.targets, taskIds);
        await recordAudit(tx, audit, {
          ...attempt,
          entityId: plan.id,
          outcome: "SUCCESS",
          after: { ...planFields, issuedOn: fields.issuedOn?.toISOString().slice(0, 10) ?? null, sourceFile },
          detail: { tasks: checked.tasks.length, targets: checked.targets.length, imported: true },
        });
        return { ok: true as const, planCode: plan.code, tasks: checked.tasks.length, targets: checked.targets.length };
      }),
    { code: { field: "code", message: m.manage.plans.codeTaken } },
  );
}

async function writeTasks(tx: Tx, planId: string, regionId: string, sourceFile: string, tasks: ImportedTask[]): Promise<Map<string, string>> {
  const sections = new Map<string, string>();
  for (const title of new Set(tasks.map((t) => t.section).filter((s): s is string => !!s))) {
    const s = await tx.planSection.create({ data: { planId, code: `S${sections.size + 1}`, title, sortOrder: sections.size }, select: { id: true } });
    sections.set(title, s.id);
  }
  const units = new Map<string, string>();
  const unitId = async (name: string) => {
    if (!units.has(name)) {
      const u = await tx.responsibleUnit.upsert({
        where: { regionId_name: { regionId, name } },
        create: { regionId, name, kind: unitKind(name) },
        update: {},
        select: { id: true },
      });
      units.set(name, u.id);
    }
    return units.get(name)!;
  };
  const ids = new Map<string, string>();
  for (const [index, t] of tasks.entries()) {
    const task = await tx.task.create({
      data: {
        planId, code: t.code, number: t.number ?? t.code, title: t.title, text: t.text ?? t.title, sourceFile, sourceQuote: t.sourceQuote,
        sectionId: t.section ? sections.get(t.section) : null, sortOrder: index,
      },
      select: { id: true },
    });
    ids.set(t.code, task.id);
    const links = [...t.leadUnits.map((n) => ({ n, isLead: true })), ...t.coUnits.filter((n) => !t.leadUnits.includes(n)).map((n) => ({ n, isLead: false }))];
    for (const [sortOrder, link] of links.entries()) {
      await tx.taskUnit.create({ data: { taskId: task.id, unitId: await unitId(link.n), isLead: link.isLead, sortOrder } });
    }
  }
  return ids;
}

async function writeTargets(tx: Tx, planId: string, sourceFile: string, targets: ImportedTarget[], taskIds: Map<string, string>) {
  await tx.target.createMany({
    data: targets.map((t) => ({
      planId, taskId: taskIds.get(t.taskCode)!, sourceFile, code: t.code, metric: t.metric, kind: t.kind, comparator: t.comparator, value: t.value, valueHigh: t.valueHigh,
      unit: t.unit, deadlineYear: t.deadlineYear, baselineValue: t.baselineValue, baselineYear: t.baselineYear, scope: t.scope, sourceQuote: t.sourceQuote, decisionNote: t.decisionNote,
    })),
  });
}

/**
 * A unit the workbook names that exists but is archived is refused, row by row: the import
 * neither links it silently nor restores it behind the staff's back (restoring is audited on
 * its own page).
 */
async function archivedUnitProblems(tx: Tx, regionId: string, tasks: ImportedTask[]): Promise<ImportProblem[]> {
  const names = [...new Set(tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits]))];
  const archived = new Set((await tx.responsibleUnit.findMany({ where: { regionId, name: { in: names }, archivedAt: { not: null } }, select: { name: true } })).map((u) => u.name));
  const cols = i.taskColumns;
  return tasks.flatMap((t) =>
    [...t.leadUnits.map((n) => [n, cols.units] as const), ...t.coUnits.map((n) => [n, cols.coUnits] as const)]
      .filter(([name]) => archived.has(name))
      .map(([name, column]) => ({ sheet: i.sheets.tasks, row: t.row, column, reason: m.manage.units.archivedInImport(name) })),
  );
}

/** The unit's kind guessed from its name; staff can correct it later. */
function unitKind(name: string): UnitKind {
  if (/人民政府|政府$/.test(name)) return "LOCAL_GOVERNMENT";
  if (/大学|学院/.test(name)) return "UNIVERSITY";
  if (/医院|中心$/.test(name)) return "HOSPITAL";
  if (/集团|公司/.test(name)) return "ENTERPRISE";
  return "GOVERNMENT_DEPARTMENT";
}
