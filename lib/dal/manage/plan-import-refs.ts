import "server-only";
import { m } from "../../i18n";
import type { ImportedTarget, ImportedTask, ImportProblem } from "../../import/plan-workbook";
import type { Tx } from "./write";

const i = m.manage.import;
const cols = i.targetColumns;

/** How the 目标 sheet's names resolved: a unit either comes from the 任务 sheet (created with the tasks) or exists already. */
export interface TargetReferences {
  /** Existing live units by the name the sheet uses; names the 任务 sheet lists are not in here. */
  units: Map<string, string>;
  hospitals: Map<string, string>;
}

type Resolved = { ok: true; id: string } | { ok: false; reason: string };

/**
 * Resolves every 牵头单位, 配合单位 and 填报医院 name of the 目标 sheet within the plan's region
 * subtree, row by row (issue #7: precise errors, nothing written unless all rows pass). A unit
 * named in the 任务 sheet is always fine: the import creates or links it in the plan's region.
 * Otherwise a unit must be live in the subtree, the plan's own region winning over a county's
 * namesake; a hospital is found by code, name, short name or alias, and must be live and unique.
 */
export async function resolveTargetReferences(
  tx: Tx,
  plan: { regionId: string; regionPath: string },
  tasks: ImportedTask[],
  targets: ImportedTarget[],
): Promise<{ ok: true; refs: TargetReferences } | { ok: false; problems: ImportProblem[] }> {
  const taskUnits = new Set(tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits]));
  const unitNames = [...new Set(targets.flatMap((t) => [...t.leadUnits, ...t.coUnits]))].filter((n) => !taskUnits.has(n));
  const subtree = { path: { startsWith: plan.regionPath } };
  const unitRows = await tx.responsibleUnit.findMany({ where: { name: { in: unitNames }, region: subtree }, select: { id: true, name: true, regionId: true, archivedAt: true } });
  const units = new Map(unitNames.map((name) => [name, resolveUnit(name, unitRows.filter((u) => u.name === name), plan.regionId)]));

  const hospitalNames = [...new Set(targets.flatMap((t) => t.hospitals))];
  const hospitalRows = hospitalNames.length === 0 ? [] : await tx.hospital.findMany({ where: { region: subtree }, select: { id: true, code: true, name: true, shortName: true, aliases: true, archivedAt: true } });
  const hospitals = new Map(hospitalNames.map((name) => [name, resolveHospital(name, hospitalRows)]));

  const problems: ImportProblem[] = [];
  for (const t of targets) {
    const check = (names: string[], column: string, found: Map<string, Resolved>) => {
      for (const name of names) {
        const r = found.get(name);
        if (r && !r.ok) problems.push({ sheet: i.sheets.targets, row: t.row, column, reason: r.reason });
      }
    };
    check(t.leadUnits, cols.leadUnits, units);
    check(t.coUnits, cols.coUnits, units);
    check(t.hospitals, cols.hospitals, hospitals);
  }
  if (problems.length > 0) return { ok: false, problems };
  const ids = (found: Map<string, Resolved>) => new Map([...found].flatMap(([name, r]) => (r.ok ? [[name, r.id] as const] : [])));
  return { ok: true, refs: { units: ids(units), hospitals: ids(hospitals) } };
}

function resolveUnit(name: string, rows: { id: string; regionId: string; archivedAt: Date | null }[], planRegionId: string): Resolved {
  const live = rows.filter((u) => !u.archivedAt);
  const own = live.find((u) => u.regionId === planRegionId);
  if (own) return { ok: true, id: own.id };
  if (live.length === 1) return { ok: true, id: live[0].id };
  if (live.length > 1) return { ok: false, reason: i.refs.ambiguousUnit(name) };
  return { ok: false, reason: rows.length > 0 ? m.manage.units.archivedInImport(name) : i.refs.unknownUnit(name) };
}

function resolveHospital(name: string, rows: { id: string; code: string; name: string; shortName: string | null; aliases: string[]; archivedAt: Date | null }[]): Resolved {
  const byCode = rows.filter((h) => h.code.toUpperCase() === name.toUpperCase());
  const matches = byCode.length > 0 ? byCode : rows.filter((h) => h.name === name || h.shortName === name || h.aliases.includes(name));
  const live = matches.filter((h) => !h.archivedAt);
  if (live.length === 1) return { ok: true, id: live[0].id };
  if (live.length > 1) return { ok: false, reason: i.refs.ambiguousHospital(name) };
  return { ok: false, reason: matches.length > 0 ? i.refs.archivedHospital(name) : i.refs.unknownHospital(name) };
}
