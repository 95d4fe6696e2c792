/**
 * Loads the plan data (regions, plans, sections, units, hospitals, specialties, tasks,
 * targets, baselines, evaluation dimensions and default assignments) by natural keys.
 * Idempotent: see sync.ts.
 */
import { defaultAssignees, type DefaultAssignee } from "../lib/domain/default-assignees";
import type { Prisma } from "../lib/generated/prisma/client";
import type { TPlanBundle, TRegionSeed } from "./schema";
import { SyncStats, syncBatch, syncRecord } from "./sync";

type Tx = Prisma.TransactionClient;
type IdMap = Map<string, string>;

const date = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function loadRegions(tx: Tx, regions: TRegionSeed[], stats: SyncStats): Promise<IdMap> {
  const ids: IdMap = new Map();
  const paths = new Map<string, string>();
  regions.forEach((r, i) => {
    const parentPath = r.parentCode ? paths.get(r.parentCode) : "/";
    if (parentPath === undefined) throw new Error(`行政区划 ${r.code} 的上级 ${r.parentCode} 须排在其前面`);
    paths.set(r.code, `${parentPath}${r.code}/`);
    void i;
  });
  for (const [i, r] of regions.entries()) {
    const row = await syncRecord(stats, "Region", tx.region, { code: r.code }, {
      code: r.code,
      name: r.name,
      level: r.level,
      parentId: r.parentCode ? ids.get(r.parentCode) : null,
      path: paths.get(r.code),
      sortOrder: i,
    });
    ids.set(r.code, row.id!);
  }
  return ids;
}

/**
 * A join table's rows for many owners at once: owners whose rows differ from the wanted set
 * get theirs replaced; the others are left alone.
 */
async function syncLinks<W extends Record<string, unknown>>(
  stats: SyncStats,
  model: string,
  existing: W[],
  wanted: W[],
  owner: (w: W) => string,
  key: (w: W) => string,
  replace: (owners: string[], rows: W[]) => Promise<unknown>,
) {
  const group = (rows: W[]) => {
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(owner(r), [...(map.get(owner(r)) ?? []), `${key(r)}=${JSON.stringify(r)}`]);
    return new Map([...map].map(([k, v]) => [k, v.sort().join("\n")]));
  };
  const before = group(existing);
  const after = group(wanted);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((o) => before.get(o) !== after.get(o));
  const owners = new Set(after.keys());
  for (const o of owners) stats.add(model, changed.includes(o) ? "updated" : "unchanged");
  if (changed.length > 0) await replace(changed, wanted.filter((w) => changed.includes(owner(w))));
}

const byId = <T extends { id?: string }>(map: Map<string, T>, key: string) => {
  const row = map.get(key);
  if (!row?.id) throw new Error(`种子数据引用了不存在的记录：${key}`);
  return row.id;
};

export async function loadPlanBundle(tx: Tx, bundle: TPlanBundle, regionIds: IdMap, stats: SyncStats) {
  const region = (code: string) => {
    const id = regionIds.get(code);
    if (!id) throw new Error(`未知行政区划 ${code}`);
    return id;
  };
  const p = bundle.plan;
  const plan = await syncRecord(stats, "Plan", tx.plan, { code: p.code }, {
    code: p.code,
    title: p.title,
    shortTitle: p.shortTitle,
    documentNumber: p.documentNumber,
    issuer: p.issuer,
    issuedOn: date(p.issuedOn),
    startYear: p.startYear,
    endYear: p.endYear,
    regionId: region(p.regionCode),
    sourceFile: p.sourceFile,
  });
  const planId = plan.id!;

  const sectionIds: IdMap = new Map();
  for (const [i, s] of bundle.sections.entries()) {
    const row = await syncRecord(stats, "PlanSection", tx.planSection, { planId_code: { planId, code: s.code } }, {
      planId,
      code: s.code,
      title: s.title,
      parentId: s.parentCode ? sectionIds.get(s.parentCode) : null,
      sortOrder: i,
      sourceFile: s.sourceFile ?? null,
    });
    sectionIds.set(s.code, row.id!);
  }

  const parts = bundle.parts;
  const unitSeeds = parts.flatMap((x) => x.units);
  const units = await syncBatch(
    stats,
    "ResponsibleUnit",
    tx.responsibleUnit,
    await tx.responsibleUnit.findMany({ where: { name: { in: unitSeeds.map((u) => u.name) } } }),
    unitSeeds.map((u) => ({ name: u.name, fullName: u.fullName ?? null, kind: u.kind, regionId: region(u.regionCode) })),
    (r) => `${r.regionId}|${r.name}`,
  );
  const unitRegion = new Map(unitSeeds.map((u) => [u.name, region(u.regionCode)]));
  const unitId = (name: string) => byId(units, `${unitRegion.get(name)}|${name}`);

  const hospitalSeeds = parts.flatMap((x) => x.hospitals);
  const hospitals = await syncBatch(
    stats,
    "Hospital",
    tx.hospital,
    await tx.hospital.findMany({ where: { code: { in: hospitalSeeds.map((h) => h.code) } } }),
    hospitalSeeds.map((h) => ({
      code: h.code,
      name: h.name,
      shortName: h.shortName ?? null,
      aliases: h.aliases,
      level: h.level ?? null,
      kind: h.kind,
      regionId: region(h.regionCode),
    })),
    (r) => String(r.code),
  );
  const hospitalId = (code: string) => byId(hospitals, code);

  const specialtySeeds = parts.flatMap((x) => x.specialties);
  const specialties = await syncBatch(
    stats,
    "Specialty",
    tx.specialty,
    await tx.specialty.findMany({ where: { name: { in: specialtySeeds.map((s) => s.name) } } }),
    specialtySeeds.map((s) => ({ name: s.name, category: s.category })),
    (r) => String(r.name),
  );

  const taskSeeds = parts.flatMap((x) => x.tasks);
  const tasks = await syncBatch(
    stats,
    "Task",
    tx.task,
    await tx.task.findMany({ where: { planId } }),
    taskSeeds.map((t, i) => ({
      planId,
      sectionId: sectionIds.get(t.sectionCode) ?? null,
      code: t.code,
      number: t.number,
      title: t.title,
      text: t.text,
      regionId: t.regionCode ? region(t.regionCode) : null,
      sourceFile: t.source.file,
      sourceQuote: t.source.quote,
      sortOrder: i,
    })),
    (r) => String(r.code),
  );
  const taskId = (code: string) => byId(tasks, code);
  const taskUnits = new Map(taskSeeds.map((t) => [t.code, t.units]));
  await syncLinks(
    stats,
    "TaskUnit",
    await tx.taskUnit.findMany({ where: { task: { planId } }, select: { taskId: true, unitId: true, isLead: true, sortOrder: true } }),
    taskSeeds.flatMap((t) => t.units.map((u, j) => ({ taskId: taskId(t.code), unitId: unitId(u.name), isLead: u.lead, sortOrder: j }))),
    (w) => w.taskId,
    (w) => w.unitId,
    async (owners, rows) => {
      await tx.taskUnit.deleteMany({ where: { taskId: { in: owners } } });
      await tx.taskUnit.createMany({ data: rows });
    },
  );

  const designationSeeds = parts.flatMap((x) => x.designations);
  await syncBatch(
    stats,
    "SpecialtyDesignation",
    tx.specialtyDesignation,
    await tx.specialtyDesignation.findMany({ where: { planId } }),
    designationSeeds.map((d) => ({
      hospitalId: hospitalId(d.hospitalCode),
      specialtyId: byId(specialties, d.specialtyName),
      level: d.level,
      status: d.status,
      programme: d.programme ?? null,
      planId,
      taskId: d.taskCode ? taskId(d.taskCode) : null,
      sourceFile: d.source.file,
      sourceQuote: d.source.quote,
    })),
    (r) => `${r.hospitalId}|${r.specialtyId}|${r.level}`,
  );

  const targetSeeds = parts.flatMap((x) => x.targets);
  const targets = await syncBatch(
    stats,
    "Target",
    tx.target,
    await tx.target.findMany({ where: { planId } }),
    targetSeeds.map((t) => ({
      planId,
      taskId: taskId(t.taskCode),
      code: t.code,
      metric: t.metric,
      comparator: t.comparator,
      value: t.value,
      valueHigh: t.valueHigh ?? null,
      unit: t.unit,
      deadlineYear: t.deadlineYear,
      deadlineDate: date(t.deadlineDate),
      kind: t.kind,
      baselineValue: t.baselineValue ?? null,
      baselineYear: t.baselineYear ?? null,
      scope: t.scope,
      scopeRegionId: t.scopeRegionCode ? region(t.scopeRegionCode) : null,
      scopeHospitalId: t.scopeHospitalCode ? hospitalId(t.scopeHospitalCode) : null,
      aggregation: t.aggregation ?? (t.hospitalCodes.length > 1 ? "SUM" : "LEAD_UNIT"),
      sourceFile: t.source.file,
      sourceQuote: t.source.quote,
      decisionNote: [t.valueWording ? `数值表述：“${t.valueWording}”` : null, t.decision ?? null].filter(Boolean).join("；") || null,
    })),
    (r) => String(r.code),
  );
  const targetId = (code: string) => byId(targets, code);
  const unitsOf = (t: (typeof targetSeeds)[number]) => t.units ?? taskUnits.get(t.taskCode) ?? [];

  await syncLinks(
    stats,
    "TargetUnit",
    await tx.targetUnit.findMany({ where: { target: { planId } }, select: { targetId: true, unitId: true, isLead: true, sortOrder: true } }),
    targetSeeds.flatMap((t) => unitsOf(t).map((u, j) => ({ targetId: targetId(t.code), unitId: unitId(u.name), isLead: u.lead, sortOrder: j }))),
    (w) => w.targetId,
    (w) => w.unitId,
    async (owners, rows) => {
      await tx.targetUnit.deleteMany({ where: { targetId: { in: owners } } });
      await tx.targetUnit.createMany({ data: rows });
    },
  );
  await syncLinks(
    stats,
    "TargetCitation",
    await tx.targetCitation.findMany({ where: { target: { planId } }, select: { targetId: true, sourceFile: true, quote: true, sortOrder: true } }),
    targetSeeds.flatMap((t) => t.alsoIn.map((c, j) => ({ targetId: targetId(t.code), sourceFile: c.file, quote: c.quote, sortOrder: j }))),
    (w) => w.targetId,
    (w) => `${w.sourceFile}|${w.quote}`,
    async (owners, rows) => {
      await tx.targetCitation.deleteMany({ where: { targetId: { in: owners } } });
      await tx.targetCitation.createMany({ data: rows });
    },
  );

  await syncDefaultAssignments(
    tx,
    stats,
    planId,
    targetSeeds.flatMap((t) =>
      defaultAssignees({
        hospitalIds: t.hospitalCodes.map(hospitalId),
        scopeHospitalId: t.scopeHospitalCode ? hospitalId(t.scopeHospitalCode) : null,
        leadUnitIds: unitsOf(t).filter((u) => u.lead).map((u) => unitId(u.name)),
      }).map((a) => ({ ...a, targetId: targetId(t.code) })),
    ),
  );

  await syncBatch(
    stats,
    "BaselineFigure",
    tx.baselineFigure,
    await tx.baselineFigure.findMany({ where: { planId } }),
    parts.flatMap((x) => x.baselines).map((b) => ({
      planId,
      code: b.code,
      metric: b.metric,
      value: b.value,
      unit: b.unit,
      year: b.year,
      scope: b.scope,
      sourceFile: b.source.file,
      sourceQuote: b.source.quote,
    })),
    (r) => String(r.code),
  );
  await syncBatch(
    stats,
    "EvaluationDimension",
    tx.evaluationDimension,
    await tx.evaluationDimension.findMany({ where: { planId } }),
    parts.flatMap((x) => x.dimensions).map((d, i) => ({
      planId,
      code: d.code,
      name: d.name,
      description: d.description,
      sortOrder: i,
      sourceFile: d.source.file,
      sourceQuote: d.source.quote,
    })),
    (r) => String(r.code),
  );
}

/**
 * Each target's default assignments (lib/domain/default-assignees.ts). Existing assignments
 * (staff may have added more) stay.
 */
async function syncDefaultAssignments(tx: Tx, stats: SyncStats, planId: string, rows: (DefaultAssignee & { targetId: string })[]) {
  const existing = await tx.assignment.findMany({ where: { target: { planId } }, select: { targetId: true, hospitalId: true, unitId: true } });
  const have = new Set(existing.map((a) => `${a.targetId}|${a.hospitalId ?? ""}|${a.unitId ?? ""}`));
  const missing = rows.filter((r) => !have.has(`${r.targetId}|${r.hospitalId ?? ""}|${r.unitId ?? ""}`));
  for (let i = 0; i < rows.length - missing.length; i++) stats.add("Assignment", "unchanged");
  for (let i = 0; i < missing.length; i++) stats.add("Assignment", "created");
  if (missing.length > 0) await tx.assignment.createMany({ data: missing });
}
