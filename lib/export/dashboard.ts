/**
 * The dashboards' tables as Excel sheets: the rows as shown, under Chinese headers. Pure: the
 * data-access layer's views in, sheets out (lib/export/xlsx.ts escapes every text cell).
 */
import type { CrossPlanComparison } from "../dal/dashboard/cross-plan";
import type { JudgedTarget } from "../dal/dashboard/judged-targets";
import type { CountyComparison, HospitalDashboard, OrganisationRow } from "../dal/dashboard/organisations";
import type { TargetDashboard } from "../dal/dashboard/target";
import { PROGRESS_STATUSES } from "../domain/progress";
import { formatTargetValue } from "../domain/target-value";
import { formatDateTime, formatQuarter, m } from "../i18n";
import type { CellValue } from "./cell";
import { buildWorkbook, type SheetColumn, type SheetSpec } from "./xlsx";

const c = m.dashboard.columns;
const e = m.dashboard.exports;

type Column<R> = SheetColumn & { value: (row: R) => CellValue };

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const quarterOf = (q: { year: number; quarter: number } | null) => (q ? formatQuarter(q.year, q.quarter) : null);
/** A figure as a number (so it sums), a milestone as done / not done. */
const figure = (v: { value: number | null; milestoneDone: boolean | null } | null) =>
  v?.value ?? (v?.milestoneDone === null || !v ? null : v.milestoneDone ? m.dashboard.progress.done : m.dashboard.progress.notDone);

const TARGET_COLUMNS: readonly Column<JudgedTarget>[] = [
  { header: c.plan, width: 14, value: (t) => t.plan.shortTitle },
  { header: "编号", width: 14, value: (t) => t.code },
  { header: c.target, width: 40, wrap: true, value: (t) => t.metric },
  { header: c.targetValue, width: 14, value: (t) => formatTargetValue(t) },
  { header: c.task, width: 30, wrap: true, value: (t) => `${t.task.number} ${t.task.title}` },
  { header: c.lead, width: 16, value: (t) => t.leadUnits.join("、") },
  { header: c.status, width: 10, value: (t) => m.progressStatus.labels[t.status] },
  { header: `${c.achievement}（%）`, width: 10, value: (t) => percent(t.progress) },
  { header: `${c.expected}（%）`, width: 10, value: (t) => percent(t.expected) },
  { header: c.latest, width: 12, value: (t) => figure(t.latest) },
  { header: c.quarter, width: 14, value: (t) => quarterOf(t.latest) },
  { header: c.deadline, width: 12, value: (t) => t.deadline },
  { header: c.reports, width: 8, value: (t) => t.reportCount },
];

/** Whose figures include demo reports (lib/dal/dashboard/demo-figures.ts): marked in a column of its own. */
type DemoTargets = ReadonlySet<string>;

/** The judged-target columns for rows that carry a target, with the rows' own columns around them. */
function withTarget<R>(pick: (row: R) => JudgedTarget, demo: DemoTargets, before: Column<R>[] = [], after: Column<R>[] = []): Column<R>[] {
  const demoColumn: Column<JudgedTarget> = { header: e.columns.demo, width: 8, value: (t) => (demo.has(t.id) ? e.columns.yes : e.columns.no) };
  return [...before, ...[...TARGET_COLUMNS, demoColumn].map((col) => ({ ...col, value: (row: R) => col.value(pick(row)) })), ...after];
}

function sheet<R>(name: string, columns: readonly Column<R>[], rows: readonly R[]): SheetSpec {
  return { name, columns, rows: rows.map((r) => columns.map((col) => col.value(r))) };
}

export const dashboardWorkbook = (sheets: readonly SheetSpec[]) => buildWorkbook(sheets, m.app.name);

/** The plan dashboard's rows, filtered and sorted as on screen. */
export const planSheets = (rows: readonly JudgedTarget[], demo: DemoTargets) => [sheet(m.dashboard.exportSheet, withTarget<JudgedTarget>((t) => t, demo), rows)];

const ORGANISATION_COLUMNS: readonly Column<OrganisationRow>[] = [
  { header: e.columns.name, width: 30, wrap: true, value: (r) => r.name },
  { header: c.region, width: 12, value: (r) => r.regionName },
  { header: c.count, width: 8, value: (r) => r.total },
  ...PROGRESS_STATUSES.map((s): Column<OrganisationRow> => ({ header: m.progressStatus.labels[s], width: 9, value: (r) => r.counts[s] })),
];

/** By responsible unit and by hospital: one sheet each. */
export const organisationSheets = (view: { units: OrganisationRow[]; hospitals: OrganisationRow[] }) => [
  sheet(e.sheets.units, ORGANISATION_COLUMNS, view.units),
  sheet(e.sheets.hospitals, ORGANISATION_COLUMNS, view.hospitals),
];

type HospitalTarget = HospitalDashboard["targets"][number];
type Designation = HospitalDashboard["designations"][number];

/** A hospital's targets with its own latest figure, and its specialty designations. */
export const hospitalSheets = (view: HospitalDashboard, demo: DemoTargets) => [
  sheet(
    e.sheets.hospitalTargets,
    withTarget<HospitalTarget>((t) => t, demo, [], [
      { header: e.columns.ownLatest, width: 12, value: (t) => figure(t.own) },
      { header: e.columns.ownQuarter, width: 14, value: (t) => quarterOf(t.own) },
    ]),
    view.targets,
  ),
  sheet<Designation>(
    e.sheets.designations,
    [
      { header: e.columns.specialty, width: 20, value: (d) => d.specialty },
      { header: e.columns.level, width: 10, value: (d) => m.dashboard.designationLevel[d.level] },
      { header: e.columns.programme, width: 24, wrap: true, value: (d) => d.programme },
      { header: e.columns.designationStatus, width: 10, value: (d) => m.dashboard.designationStatus[d.status] },
    ],
    view.designations,
  ),
];

type CountyCell = { task: string; county: string; target: JudgedTarget };

/** The county task table, one line per county's target under its task heading. */
export function countySheets(view: CountyComparison, demo: DemoTargets) {
  const lines = view.rows.flatMap((r) => view.counties.flatMap((county) => (r.cells[county.id] ?? []).map((target) => ({ task: r.title, county: county.name, target }))));
  const before: Column<CountyCell>[] = [
    { header: c.task, width: 20, wrap: true, value: (l) => l.task },
    { header: e.columns.county, width: 10, value: (l) => l.county },
  ];
  return [sheet(e.sheets.counties, withTarget<CountyCell>((l) => l.target, demo, before), lines)];
}

type Report = TargetDashboard["reports"][number];

/** The approved report values behind one target's figures. */
export const targetReportSheets = (view: TargetDashboard) => [
  sheet<Report>(
    e.sheets.reports,
    [
      { header: c.quarter, width: 14, value: (r) => formatQuarter(r.year, r.quarter) },
      { header: c.reporter, width: 30, wrap: true, value: (r) => r.reporter },
      { header: `${c.value}（${view.target.unit || "—"}）`, width: 12, value: (r) => figure(r) },
      { header: e.columns.note, width: 30, wrap: true, value: (r) => r.note },
      { header: c.submittedBy, width: 16, value: (r) => r.submittedBy },
      { header: c.reviewedBy, width: 16, value: (r) => r.reviewedBy },
      { header: c.reviewedAt, width: 18, value: (r) => (r.reviewedAt ? formatDateTime(r.reviewedAt) : null) },
      { header: e.columns.demo, width: 8, value: (r) => (r.isDemo ? e.columns.yes : e.columns.no) },
    ],
    view.reports,
  ),
];

type CrossPlanLine = { family: string; basis: string; target: JudgedTarget };

/** The cross-plan comparison, one line per plan's target of each family, with its 口径. */
export function crossPlanSheets(view: CrossPlanComparison, demo: DemoTargets) {
  const lines = view.rows.flatMap((r) =>
    r.cells.flatMap((cell) => (cell ? cell.targets.map((target) => ({ family: m.dashboard.crossPlan.families[r.key], basis: cell.entry.basis, target })) : [])),
  );
  const before: Column<CrossPlanLine>[] = [{ header: e.columns.family, width: 18, value: (l) => l.family }];
  const after: Column<CrossPlanLine>[] = [{ header: m.dashboard.crossPlan.basis, width: 40, wrap: true, value: (l) => l.basis }];
  return [sheet(e.sheets.crossPlan, withTarget<CrossPlanLine>((l) => l.target, demo, before, after), lines)];
}
