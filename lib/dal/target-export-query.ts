/**
 * The one query behind the target export, with its two callers:
 * - the web download, through lib/dal/target-export.ts, scoped to the acting user;
 * - the command line (scripts/export-targets.ts), which acts as the system and sees every
 *   region: whoever can run scripts on the server already holds the database.
 *
 * No "server-only" marker, because the command line runs outside Next.js where that marker
 * throws. The Prisma client is passed in (app/ and components/ cannot import one, ESLint),
 * and the system export refuses to run inside the Next.js server at all.
 */
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { formatResponsibleUnits, type TargetExportRow } from "../export/targets";
import { m } from "../i18n";

export interface TargetExportFilter {
  /** Only this plan's targets. */
  planCode?: string;
}

const decimal = (d: Prisma.Decimal | null) => (d === null ? null : Number(d.toString()));
const isoDate = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 10));
const byCode = new Intl.Collator("en", { numeric: true }).compare;

const TARGET_SELECT = {
  code: true,
  metric: true,
  comparator: true,
  value: true,
  valueHigh: true,
  unit: true,
  deadlineYear: true,
  deadlineDate: true,
  kind: true,
  baselineValue: true,
  baselineYear: true,
  scope: true,
  sourceFile: true,
  sourceQuote: true,
  decisionNote: true,
  plan: { select: { code: true, title: true, startYear: true, region: { select: { name: true } } } },
  task: { select: { code: true, title: true, sortOrder: true } },
  scopeRegion: { select: { name: true } },
  units: { select: { isLead: true, unit: { select: { name: true } } }, orderBy: { sortOrder: "asc" } },
  assignments: { where: { archivedAt: null, hospitalId: { not: null } }, select: { hospital: { select: { name: true } } }, orderBy: { hospital: { code: "asc" } } },
  _count: { select: { citations: true } },
} satisfies Prisma.TargetSelect;

type SelectedTarget = Prisma.TargetGetPayload<{ select: typeof TARGET_SELECT }>;

/**
 * Every live target of the live plans whose region matches `regions`, one row each, grouped
 * by plan (newest first) and in document order within it. Null when `filter.planCode` names
 * no plan among them, so the caller can answer 404 rather than an empty file.
 */
export async function queryTargetExportRows(
  prisma: Db,
  regions: Prisma.RegionWhereInput,
  filter: TargetExportFilter,
): Promise<TargetExportRow[] | null> {
  const plan: Prisma.PlanWhereInput = { archivedAt: null, region: regions, ...(filter.planCode ? { code: filter.planCode } : {}) };
  if (filter.planCode && (await prisma.plan.count({ where: plan })) === 0) return null;
  const targets = await prisma.target.findMany({ where: { archivedAt: null, plan }, select: TARGET_SELECT });
  targets.sort(
    (a, b) =>
      b.plan.startYear - a.plan.startYear ||
      a.plan.code.localeCompare(b.plan.code) ||
      a.task.sortOrder - b.task.sortOrder ||
      byCode(a.code, b.code),
  );
  return targets.map(toRow);
}

function toRow(t: SelectedTarget): TargetExportRow {
  return {
    code: t.code,
    plan: t.plan.title,
    region: t.scopeRegion?.name ?? t.plan.region.name,
    taskCode: t.task.code,
    taskTitle: t.task.title,
    metric: t.metric,
    comparator: t.comparator,
    value: decimal(t.value),
    valueHigh: decimal(t.valueHigh),
    unit: t.unit,
    year: t.deadlineYear,
    kind: t.kind,
    scope: t.scope,
    responsibleUnits: formatResponsibleUnits(t.units.map((u) => ({ name: u.unit.name, lead: u.isLead }))),
    sourceFile: t.sourceFile,
    sourceQuote: t.sourceQuote,
    hospitals: t.assignments.map((a) => a.hospital!.name).join(m.targetExport.listSeparator),
    baselineValue: decimal(t.baselineValue),
    baselineYear: t.baselineYear,
    deadlineDate: isoDate(t.deadlineDate),
    alsoInCount: t._count.citations,
    decisionNote: t.decisionNote,
    planCode: t.plan.code,
  };
}

/**
 * The command line's export: acts as the system and so sees every region. Refuses to run
 * inside the Next.js server (which sets NEXT_RUNTIME), so no request can reach it.
 */
export function exportTargetsAsSystem(prisma: Db, filter: TargetExportFilter): Promise<TargetExportRow[] | null> {
  if (process.env.NEXT_RUNTIME) throw new Error("exportTargetsAsSystem 仅供命令行使用，不能在 Web 服务中调用");
  return queryTargetExportRows(prisma, {}, filter);
}
