import "server-only";
import type { UnitKind } from "../../generated/prisma/enums";
import { m } from "../../i18n";
import { sortProblems, type ImportedTarget, type ImportedTask, type ImportProblem } from "../../import/plan-workbook";
import { createDefaultAssignments } from "./default-assignments";
import { resolveTargetReferences, type TargetReferences } from "./plan-import-refs";
import type { Tx } from "./write";

const i = m.manage.import;

export interface ImportTarget {
  id: string;
  regionId: string;
  regionPath: string;
  sourceFile: string;
}

/**
 * What only the database can tell about the parsed rows, row by row — codes the plan has
 * already, archived task units, 目标 sheet units and hospitals that do not resolve — added to
 * the parser's problems. Nothing is written unless there are none (issue #7). `plan.id` is
 * null for a plan the import creates.
 */
export async function checkImportedRows(
  tx: Tx,
  plan: { id: string | null; regionId: string; regionPath: string },
  tasks: ImportedTask[],
  targets: ImportedTarget[],
  parseProblems: ImportProblem[],
): Promise<{ ok: true; refs: TargetReferences } | { ok: false; problems: ImportProblem[] }> {
  const problems = [...parseProblems, ...(plan.id ? await takenCodes(tx, plan.id, tasks, targets) : []), ...(await archivedUnitProblems(tx, plan.regionId, tasks))];
  const resolved = await resolveTargetReferences(tx, plan, tasks, targets);
  if (!resolved.ok) problems.push(...resolved.problems);
  if (problems.length > 0 || !resolved.ok) return { ok: false, problems: sortProblems(problems) };
  return resolved;
}

/**
 * Writes the checked rows into a plan, new or existing, inside the caller's transaction:
 * sections by title, units, tasks with their units, targets with their units and default
 * assignments (lib/domain/default-assignees.ts).
 */
export async function writeImportedRows(tx: Tx, plan: ImportTarget, tasks: ImportedTask[], targets: ImportedTarget[], refs: TargetReferences) {
  const unitId = taskUnitIds(tx, plan.regionId);
  const taskIds = await writeTasks(tx, plan, tasks, unitId);
  const assignments = await writeTargets(tx, plan, targets, taskIds, tasks, refs, unitId);
  return { tasks: tasks.length, targets: targets.length, assignments };
}

/** An existing plan keeps its codes: a row repeating one is refused, not merged. */
async function takenCodes(tx: Tx, planId: string, tasks: ImportedTask[], targets: ImportedTarget[]): Promise<ImportProblem[]> {
  const codes = (rows: { code: string }[]) => new Set(rows.map((r) => r.code));
  const taskCodes = codes(await tx.task.findMany({ where: { planId, code: { in: tasks.map((t) => t.code) } }, select: { code: true } }));
  const targetCodes = codes(await tx.target.findMany({ where: { planId, code: { in: targets.map((t) => t.code) } }, select: { code: true } }));
  return [
    ...tasks.filter((t) => taskCodes.has(t.code)).map((t) => ({ sheet: i.sheets.tasks, row: t.row, column: i.taskColumns.code, reason: i.reasons.taskCodeTaken })),
    ...targets.filter((t) => targetCodes.has(t.code)).map((t) => ({ sheet: i.sheets.targets, row: t.row, column: i.targetColumns.code, reason: i.reasons.targetCodeTaken })),
  ];
}

/** The 任务 sheet's units, created in the plan's region when new (the kind guessed from the name). */
function taskUnitIds(tx: Tx, regionId: string) {
  const ids = new Map<string, string>();
  return async (name: string) => {
    if (!ids.has(name)) {
      const u = await tx.responsibleUnit.upsert({ where: { regionId_name: { regionId, name } }, create: { regionId, name, kind: unitKind(name) }, update: {}, select: { id: true } });
      ids.set(name, u.id);
    }
    return ids.get(name)!;
  };
}
type UnitIdOf = ReturnType<typeof taskUnitIds>;

/** Lead units first, then the co-units that are not also leads. */
const links = (lead: string[], co: string[]) => [...lead.map((n) => ({ n, isLead: true })), ...co.filter((n) => !lead.includes(n)).map((n) => ({ n, isLead: false }))];

async function writeTasks(tx: Tx, plan: ImportTarget, tasks: ImportedTask[], unitId: UnitIdOf): Promise<Map<string, string>> {
  // A section the plan has already (live, same title) is reused; a new one gets the next free code S1, S2 … after the last.
  const existing = await tx.planSection.findMany({ where: { planId: plan.id }, select: { id: true, code: true, title: true, sortOrder: true, archivedAt: true } });
  const sections = new Map(existing.filter((s) => !s.archivedAt).map((s) => [s.title, s.id]));
  const codes = new Set(existing.map((s) => s.code));
  let order = Math.max(-1, ...existing.map((s) => s.sortOrder));
  for (const title of new Set(tasks.map((t) => t.section).filter((s): s is string => !!s && !sections.has(s)))) {
    let n = 1;
    while (codes.has(`S${n}`)) n++;
    codes.add(`S${n}`);
    const s = await tx.planSection.create({ data: { planId: plan.id, code: `S${n}`, title, sortOrder: ++order }, select: { id: true } });
    sections.set(title, s.id);
  }
  const first = ((await tx.task.aggregate({ where: { planId: plan.id }, _max: { sortOrder: true } }))._max.sortOrder ?? -1) + 1;
  const ids = new Map<string, string>();
  for (const [index, t] of tasks.entries()) {
    const task = await tx.task.create({
      data: {
        planId: plan.id, code: t.code, number: t.number ?? t.code, title: t.title, text: t.text ?? t.title, sourceFile: plan.sourceFile, sourceQuote: t.sourceQuote,
        sectionId: t.section ? sections.get(t.section) : null, sortOrder: first + index,
      },
      select: { id: true },
    });
    ids.set(t.code, task.id);
    for (const [sortOrder, link] of links(t.leadUnits, t.coUnits).entries()) {
      await tx.taskUnit.create({ data: { taskId: task.id, unitId: await unitId(link.n), isLead: link.isLead, sortOrder } });
    }
  }
  return ids;
}

/**
 * Each target names the units of its 牵头单位 and 配合单位 cells, each left empty taking the
 * task's, as /manage/targets/new does; its default assignments follow (default-assignees.ts).
 */
async function writeTargets(tx: Tx, plan: ImportTarget, targets: ImportedTarget[], taskIds: Map<string, string>, tasks: ImportedTask[], refs: TargetReferences, unitId: UnitIdOf): Promise<number> {
  const created = await tx.target.createManyAndReturn({
    data: targets.map((t) => ({
      planId: plan.id, taskId: taskIds.get(t.taskCode)!, sourceFile: plan.sourceFile, code: t.code, metric: t.metric, kind: t.kind, comparator: t.comparator, value: t.value, valueHigh: t.valueHigh,
      unit: t.unit, deadlineYear: t.deadlineYear, baselineValue: t.baselineValue, baselineYear: t.baselineYear, scope: t.scope, sourceQuote: t.sourceQuote, decisionNote: t.decisionNote,
    })),
    select: { id: true, code: true },
  });
  const idOf = new Map(created.map((c) => [c.code, c.id]));
  const taskOf = new Map(tasks.map((t) => [t.code, t]));
  const resolveUnit = async (name: string) => refs.units.get(name) ?? unitId(name);
  const reporters = [];
  for (const t of targets) {
    const task = taskOf.get(t.taskCode)!;
    const named = links(t.leadUnits.length > 0 ? t.leadUnits : task.leadUnits, t.coUnits.length > 0 ? t.coUnits : task.coUnits);
    const rows = [];
    for (const [sortOrder, link] of named.entries()) rows.push({ targetId: idOf.get(t.code)!, unitId: await resolveUnit(link.n), isLead: link.isLead, sortOrder });
    await tx.targetUnit.createMany({ data: rows });
    reporters.push({
      targetId: idOf.get(t.code)!,
      hospitalIds: t.hospitals.map((h) => refs.hospitals.get(h)!),
      scopeHospitalId: null,
      leadUnitIds: rows.filter((r) => r.isLead).map((r) => r.unitId),
    });
  }
  return (await createDefaultAssignments(tx, reporters)).length;
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
