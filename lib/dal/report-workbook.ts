import "server-only";
import { AUDIT_ACTIONS } from "../audit/actions";
import { recordAudit } from "../audit/record";
import { assertCan, can } from "../auth/permissions";
import type { SessionUser } from "../auth/session-user";
import { db } from "../db";
import { AppError } from "../errors";
import type { SheetSpec } from "../export/xlsx";
import { formatDateTime, m } from "../i18n";
import { auditActorOf, recordDenied } from "./access-audit";
import { getCompleteness, type Completeness } from "./reports";
import { reportScope } from "./reports/scope";

/**
 * A period's reports as one workbook for staff and leaders (issue #5, "Excel"): values,
 * narratives and completeness, each a sheet, scoped to the user's region like the pages.
 * Every export is audited.
 */
const x = m.reportExcel;
const w = x.workbook;
const h = x.headers;
const states = m.reports.completeness.states;
const statuses = m.reports.status;

async function scopedCompleteness(actor: SessionUser, periodId: string): Promise<Completeness> {
  if (!can(actor, "report:review") && !can(actor, "dashboard:read")) {
    await recordDenied(actor, { action: AUDIT_ACTIONS.reportExport, entityType: "ReportingPeriod", entityId: periodId }, "forbidden");
    assertCan(actor, "report:review");
  }
  const completeness = await getCompleteness(actor, periodId);
  if (!completeness) {
    await recordDenied(actor, { action: AUDIT_ACTIONS.reportExport, entityType: "ReportingPeriod", entityId: periodId }, "outOfScope");
    throw new AppError("NOT_FOUND", m.apiV1.notFound);
  }
  return completeness;
}

async function audited(actor: SessionUser, periodId: string, detail: Record<string, string | number>) {
  const audit = await auditActorOf(actor);
  await db.$transaction((tx) => recordAudit(tx, audit, { action: AUDIT_ACTIONS.reportExport, outcome: "SUCCESS", entityType: "ReportingPeriod", entityId: periodId, detail }));
}

const completenessSheet = (c: Completeness): SheetSpec => ({
  name: w.completenessSheet,
  columns: [{ header: w.reporter, width: 36 }, { header: w.region, width: 16 }, { header: w.state, width: 12 }, { header: w.submittedAt, width: 18 }],
  rows: c.rows.map((r) => [r.name, r.regionName, states[r.state], r.submittedAt ? formatDateTime(r.submittedAt) : ""]),
});

export async function periodCompletenessSheet(actor: SessionUser, periodId: string): Promise<{ label: string; sheet: SheetSpec }> {
  const c = await scopedCompleteness(actor, periodId);
  await audited(actor, periodId, { kind: "completeness", rows: c.rows.length });
  return { label: c.period.label, sheet: completenessSheet(c) };
}

export async function periodWorkbookSheets(actor: SessionUser, periodId: string): Promise<{ label: string; sheets: SheetSpec[] }> {
  const c = await scopedCompleteness(actor, periodId);
  const scope = reportScope(actor);
  const reports = await db.progressReport.findMany({
    where: { AND: [{ periodId }, scope ?? { id: "" }] },
    orderBy: { createdAt: "asc" },
    select: {
      status: true, progress: true, problems: true, nextSteps: true, submittedAt: true,
      hospital: { select: { name: true } }, unit: { select: { name: true } },
      values: {
        select: {
          value: true, milestoneDone: true, milestoneDate: true, note: true,
          target: { select: { code: true, metric: true, unit: true, value: true, plan: { select: { code: true } } } },
        },
      },
    },
  });
  const name = (r: (typeof reports)[number]) => r.hospital?.name ?? r.unit?.name ?? "";
  const values: SheetSpec = {
    name: w.valuesSheet,
    columns: [
      { header: w.reporter, width: 32 }, { header: w.status, width: 10 }, { header: h.plan, width: 10 }, { header: h.target, width: 14 },
      { header: h.metric, width: 40, wrap: true }, { header: h.targetValue, width: 10 }, { header: h.unit, width: 8 }, { header: h.value, width: 14 },
      { header: h.milestoneDone, width: 12 }, { header: h.milestoneDate, width: 12 }, { header: h.note, width: 40, wrap: true },
    ],
    rows: reports.flatMap((r) =>
      r.values.map((v) => [
        name(r), statuses[r.status], v.target.plan.code, v.target.code, v.target.metric, v.target.value === null ? null : Number(v.target.value), v.target.unit,
        v.value === null ? null : Number(v.value), v.milestoneDone === null ? "" : v.milestoneDone ? x.yes : x.no,
        v.milestoneDate ? v.milestoneDate.toISOString().slice(0, 10) : "", v.note ?? "",
      ]),
    ),
  };
  const narratives: SheetSpec = {
    name: w.narrativesSheet,
    columns: [
      { header: w.reporter, width: 32 }, { header: w.status, width: 10 }, { header: w.submittedAt, width: 18 },
      { header: x.narrative.progress, width: 60, wrap: true }, { header: x.narrative.problems, width: 40, wrap: true }, { header: x.narrative.nextSteps, width: 40, wrap: true },
    ],
    rows: reports.map((r) => [name(r), statuses[r.status], r.submittedAt ? formatDateTime(r.submittedAt) : "", r.progress, r.problems, r.nextSteps]),
  };
  await audited(actor, periodId, { kind: "workbook", reports: reports.length });
  return { label: c.period.label, sheets: [values, narratives, completenessSheet(c)] };
}
