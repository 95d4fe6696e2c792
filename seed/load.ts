/**
 * Loads the plan data (regions, plans, sections, units, hospitals, specialties, tasks,
 * targets, baselines, evaluation dimensions and default assignments) by natural keys.
 * Idempotent: see sync.ts.
 */
import type { Prisma } from "../lib/generated/prisma/client";
import type { TPlanBundle, TRegionSeed } from "./schema";
import { SyncStats, syncRecord } from "./sync";

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

/** Replaces a join table's rows for one owner when they differ from the wanted set. */
async function syncLinks<W extends Record<string, unknown>>(
  stats: SyncStats,
  model: string,
  existing: W[],
  wanted: W[],
  key: (w: W) => string,
  replace: () => Promise<unknown>,
) {
  const canon = (rows: W[]) => JSON.stringify(rows.map((r) => [key(r), r]).sort());
  if (canon(existing) === canon(wanted)) return stats.add(model, "unchanged");
  await replace();
  stats.add(model, "updated");
}

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
  const unitIds: IdMap = new Map();
  for (const u of parts.flatMap((x) => x.units)) {
    if (unitIds.has(u.name)) continue;
    const regionId = region(u.regionCode);
    const row = await syncRecord(stats, "ResponsibleUnit", tx.responsibleUnit, { regionId_name: { regionId, name: u.name } }, {
      name: u.name,
      fullName: u.fullName ?? null,
      kind: u.kind,
      regionId,
    });
    unitIds.set(u.name, row.id!);
  }

  const hospitalIds: IdMap = new Map();
  for (const h of parts.flatMap((x) => x.hospitals)) {
    if (hospitalIds.has(h.code)) continue;
    const row = await syncRecord(stats, "Hospital", tx.hospital, { code: h.code }, {
      code: h.code,
      name: h.name,
      shortName: h.shortName ?? null,
      aliases: h.aliases,
      level: h.level ?? null,
      kind: h.kind,
      regionId: region(h.regionCode),
    });
    hospitalIds.set(h.code, row.id!);
  }

  const specialtyIds: IdMap = new Map();
  for (const s of parts.flatMap((x) => x.specialties)) {
    if (specialtyIds.has(s.name)) continue;
    const row = await syncRecord(stats, "Specialty", tx.specialty, { name: s.name }, { name: s.name, category: s.category });
    specialtyIds.set(s.name, row.id!);
  }

  const taskIds: IdMap = new Map();
  const taskUnits = new Map<string, { name: string; lead: boolean }[]>();
  for (const [i, t] of parts.flatMap((x) => x.tasks).entries()) {
    const row = await syncRecord(stats, "Task", tx.task, { planId_code: { planId, code: t.code } }, {
      planId,
      sectionId: sectionIds.get(t.sectionCode),
      code: t.code,
      number: t.number,
      title: t.title,
      text: t.text,
      regionId: t.regionCode ? region(t.regionCode) : null,
      sourceFile: t.source.file,
      sourceQuote: t.source.quote,
      sortOrder: i,
    });
    const taskId = row.id!;
    taskIds.set(t.code, taskId);
    taskUnits.set(t.code, t.units);
    const wanted = t.units.map((u, j) => ({ taskId, unitId: unitIds.get(u.name)!, isLead: u.lead, sortOrder: j }));
    const existing = await tx.taskUnit.findMany({ where: { taskId }, select: { taskId: true, unitId: true, isLead: true, sortOrder: true } });
    await syncLinks(stats, "TaskUnit", existing, wanted, (w) => w.unitId, async () => {
      await tx.taskUnit.deleteMany({ where: { taskId } });
      await tx.taskUnit.createMany({ data: wanted });
    });
  }

  for (const d of parts.flatMap((x) => x.designations)) {
    const hospitalId = hospitalIds.get(d.hospitalCode)!;
    const specialtyId = specialtyIds.get(d.specialtyName)!;
    await syncRecord(
      stats,
      "SpecialtyDesignation",
      tx.specialtyDesignation,
      { hospitalId_specialtyId_level: { hospitalId, specialtyId, level: d.level } },
      {
        hospitalId,
        specialtyId,
        level: d.level,
        status: d.status,
        programme: d.programme ?? null,
        planId,
        taskId: d.taskCode ? taskIds.get(d.taskCode) : null,
        sourceFile: d.source.file,
        sourceQuote: d.source.quote,
      },
    );
  }

  for (const t of parts.flatMap((x) => x.targets)) {
    const units = t.units ?? taskUnits.get(t.taskCode) ?? [];
    const scopeHospitalId = t.scopeHospitalCode ? hospitalIds.get(t.scopeHospitalCode)! : null;
    const row = await syncRecord(stats, "Target", tx.target, { planId_code: { planId, code: t.code } }, {
      planId,
      taskId: taskIds.get(t.taskCode),
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
      scopeHospitalId,
      aggregation: t.aggregation ?? (t.hospitalCodes.length > 1 ? "SUM" : "LEAD_UNIT"),
      sourceFile: t.source.file,
      sourceQuote: t.source.quote,
      decisionNote: [t.valueWording ? `数值表述：“${t.valueWording}”` : null, t.decision ?? null].filter(Boolean).join("；") || null,
    });
    const targetId = row.id!;

    const wantedUnits = units.map((u, j) => ({ targetId, unitId: unitIds.get(u.name)!, isLead: u.lead, sortOrder: j }));
    const existingUnits = await tx.targetUnit.findMany({ where: { targetId }, select: { targetId: true, unitId: true, isLead: true, sortOrder: true } });
    await syncLinks(stats, "TargetUnit", existingUnits, wantedUnits, (w) => w.unitId, async () => {
      await tx.targetUnit.deleteMany({ where: { targetId } });
      await tx.targetUnit.createMany({ data: wantedUnits });
    });

    const wantedCitations = t.alsoIn.map((c, j) => ({ targetId, sourceFile: c.file, quote: c.quote, sortOrder: j }));
    const existingCitations = await tx.targetCitation.findMany({ where: { targetId }, select: { targetId: true, sourceFile: true, quote: true, sortOrder: true } });
    await syncLinks(stats, "TargetCitation", existingCitations, wantedCitations, (w) => `${w.sourceFile}|${w.quote}`, async () => {
      await tx.targetCitation.deleteMany({ where: { targetId } });
      await tx.targetCitation.createMany({ data: wantedCitations });
    });

    await syncDefaultAssignments(tx, stats, targetId, t.hospitalCodes.map((c) => hospitalIds.get(c)!), scopeHospitalId, units, unitIds);
  }

  for (const b of parts.flatMap((x) => x.baselines)) {
    await syncRecord(stats, "BaselineFigure", tx.baselineFigure, { planId_code: { planId, code: b.code } }, {
      planId,
      code: b.code,
      metric: b.metric,
      value: b.value,
      unit: b.unit,
      year: b.year,
      scope: b.scope,
      sourceFile: b.source.file,
      sourceQuote: b.source.quote,
    });
  }

  for (const [i, d] of parts.flatMap((x) => x.dimensions).entries()) {
    await syncRecord(stats, "EvaluationDimension", tx.evaluationDimension, { planId_code: { planId, code: d.code } }, {
      planId,
      code: d.code,
      name: d.name,
      description: d.description,
      sortOrder: i,
      sourceFile: d.source.file,
      sourceQuote: d.source.quote,
    });
  }
}

/**
 * Who reports on a target by default: the hospitals it names, else the one hospital it is
 * scoped to, else its lead unit(s). Existing assignments (staff may have added more) stay.
 */
async function syncDefaultAssignments(
  tx: Tx,
  stats: SyncStats,
  targetId: string,
  hospitalIds: string[],
  scopeHospitalId: string | null,
  units: { name: string; lead: boolean }[],
  unitIds: IdMap,
) {
  const hospitals = hospitalIds.length > 0 ? hospitalIds : scopeHospitalId ? [scopeHospitalId] : [];
  const leads = hospitals.length > 0 ? [] : units.filter((u) => u.lead).map((u) => unitIds.get(u.name)!);
  for (const hospitalId of hospitals) {
    await syncRecord(stats, "Assignment", tx.assignment, { targetId_hospitalId: { targetId, hospitalId } }, { targetId, hospitalId });
  }
  for (const unitId of leads) {
    await syncRecord(stats, "Assignment", tx.assignment, { targetId_unitId: { targetId, unitId } }, { targetId, unitId });
  }
}
