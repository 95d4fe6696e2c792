import "server-only";
import type { SessionUser } from "../../auth/session-user";
import { acceptsChanges } from "../../domain/report-workflow";
import { Prisma } from "../../generated/prisma/client";
import type { PeriodStatus } from "../../generated/prisma/enums";
import { formatQuarter } from "../../i18n";
import type { Db } from "../../db";
import { reporterKey } from "./scope";
import type { ReportForm, ReportFormItem } from "./types";

type Client = Db | Prisma.TransactionClient;

const byCode = new Intl.Collator("en", { numeric: true }).compare;
/** numeric::text keeps the column's scale ("15.0000"); Prisma's Decimal prints "15", as the form always has. */
const decimal = (d: string | null) => (d === null ? null : new Prisma.Decimal(d).toString());
/** A @db.Date read as text, as Prisma reads it: midnight UTC. */
const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

const REPORT_SELECT = {
  id: true, status: true, version: true, periodId: true, hospitalId: true, unitId: true, progress: true, problems: true,
  nextSteps: true, returnReason: true, submittedAt: true, reviewedAt: true, reviewedById: true,
} satisfies Prisma.ProgressReportSelect;

interface ContextRow {
  year: number;
  quarter: number;
  regionId: string;
  deadline: string;
  periodStatus: PeriodStatus;
  reporterName: string;
  reviewerName: string | null;
}

/** The item's flat fields as the statement returns them, with `current` and `lastApproved` as columns. */
type ItemRow = Omit<ReportFormItem, "current" | "lastApproved"> & {
  currentValue: string | null;
  currentMilestoneDone: boolean | null;
  currentMilestoneDate: string | null;
  currentNote: string | null;
  lastValue: string | null;
  lastMilestoneDone: boolean | null;
  lastYear: number | null;
  lastQuarter: number | null;
};

/**
 * The form's items in one statement: the reporter's live assignments on targets of plans the
 * period's commission runs (the rule of reportAssignments in ./scope), each with its target,
 * plan and task, the report's current value and the value of the latest APPROVED report of
 * an earlier quarter. Prisma reads each relation with a query of its own (nine here), and
 * every save and submit of the quarter-end rush reads the form (docs/decisions/006). The
 * period comes in as constants, so the plan starts from the reporter's few assignments.
 */
function itemsOf(client: Client, r: { id: string; hospitalId: string | null; unitId: string | null }, period: ContextRow) {
  const own = r.hospitalId ? Prisma.sql`a."hospitalId" = ${r.hospitalId}` : Prisma.sql`a."unitId" = ${r.unitId}`;
  return client.$queryRaw<ItemRow[]>`
    SELECT a.id AS "assignmentId", a."shareValue"::text AS "shareValue",
      t.id AS "targetId", t.code AS "targetCode", t.metric, t.comparator::text AS comparator, t.value::text AS value, t."valueHigh"::text AS "valueHigh",
      t.unit, t."deadlineYear", t.kind::text AS kind, t."sourceQuote",
      pl.code AS "planCode", pl.title AS "planTitle", tk.code AS "taskCode", tk.title AS "taskTitle",
      cv.value::text AS "currentValue", cv."milestoneDone" AS "currentMilestoneDone", to_char(cv."milestoneDate", 'YYYY-MM-DD') AS "currentMilestoneDate", cv.note AS "currentNote",
      la.value::text AS "lastValue", la."milestoneDone" AS "lastMilestoneDone", la.year AS "lastYear", la.quarter AS "lastQuarter"
    FROM "Assignment" a
    JOIN "Target" t ON t.id = a."targetId" AND t."archivedAt" IS NULL
    JOIN "Plan" pl ON pl.id = t."planId" AND pl."archivedAt" IS NULL AND pl."regionId" = ${period.regionId}
    JOIN "Task" tk ON tk.id = t."taskId"
    LEFT JOIN "ReportValue" cv ON cv."reportId" = ${r.id} AND cv."assignmentId" = a.id
    LEFT JOIN LATERAL (
      SELECT v.value, v."milestoneDone", p.year, p.quarter
      FROM "ReportValue" v
      JOIN "ProgressReport" ar ON ar.id = v."reportId" AND ar.status = 'APPROVED'
      JOIN "ReportingPeriod" p ON p.id = ar."periodId"
      WHERE v."assignmentId" = a.id AND (p.year < ${period.year}::int OR (p.year = ${period.year}::int AND p.quarter < ${period.quarter}::int))
      ORDER BY p.year DESC, p.quarter DESC
      LIMIT 1
    ) la ON true
    WHERE ${own} AND a."archivedAt" IS NULL`;
}

function contextOf(client: Client, r: { periodId: string; hospitalId: string | null; unitId: string | null; reviewedById: string | null }) {
  return client.$queryRaw<ContextRow[]>`
    SELECT p.year, p.quarter, p."regionId", to_char(p.deadline, 'YYYY-MM-DD') AS deadline, p.status::text AS "periodStatus",
      coalesce((SELECT name FROM "Hospital" WHERE id = ${r.hospitalId}), (SELECT name FROM "ResponsibleUnit" WHERE id = ${r.unitId}), '') AS "reporterName",
      (SELECT "displayName" FROM "User" WHERE id = ${r.reviewedById}) AS "reviewerName"
    FROM "ReportingPeriod" p WHERE p.id = ${r.periodId}`;
}

const toItem = (row: ItemRow): ReportFormItem => ({
  assignmentId: row.assignmentId, targetId: row.targetId, planCode: row.planCode, planTitle: row.planTitle, taskCode: row.taskCode, taskTitle: row.taskTitle,
  targetCode: row.targetCode, metric: row.metric, comparator: row.comparator, value: decimal(row.value), valueHigh: decimal(row.valueHigh), unit: row.unit,
  deadlineYear: row.deadlineYear, kind: row.kind, sourceQuote: row.sourceQuote, shareValue: decimal(row.shareValue),
  lastApproved: row.lastYear === null || row.lastQuarter === null ? null : { value: decimal(row.lastValue), milestoneDone: row.lastMilestoneDone, year: row.lastYear, quarter: row.lastQuarter },
  current: { value: decimal(row.currentValue), milestoneDone: row.currentMilestoneDone, milestoneDate: row.currentMilestoneDate, note: row.currentNote },
});

/**
 * The whole form of one report, read through `where` (which carries the caller's scope):
 * null when the report is not there for this user. Three statements: the report through
 * Prisma (so any scope filter applies), then its period and names, and its items.
 */
export async function loadReportForm(client: Client, actor: SessionUser, where: Prisma.ProgressReportWhereInput): Promise<ReportForm | null> {
  const r = await client.progressReport.findFirst({ where, select: REPORT_SELECT });
  if (!r) return null;
  const [context] = await contextOf(client, r);
  const items = (await itemsOf(client, r, context)).map(toItem);
  items.sort((x, y) => byCode(x.planCode, y.planCode) || byCode(x.taskCode, y.taskCode) || byCode(x.targetCode, y.targetCode));
  const own = reporterKey(actor);
  const isOwn = own !== null && ("hospitalId" in own ? own.hospitalId === r.hospitalId : own.unitId === r.unitId);
  return {
    report: {
      id: r.id, status: r.status, version: r.version, periodId: r.periodId, periodLabel: formatQuarter(context.year, context.quarter),
      periodStatus: context.periodStatus, deadline: day(context.deadline), reporterName: context.reporterName,
      returnReason: r.returnReason, submittedAt: r.submittedAt, reviewedAt: r.reviewedAt, reviewerName: context.reviewerName,
      editable: isOwn && acceptsChanges(context.periodStatus, r.status),
    },
    items,
    progress: r.progress,
    problems: r.problems,
    nextSteps: r.nextSteps,
  };
}
