/**
 * The quarterly report's state machine (issue #5): draft → submitted → returned / approved.
 * Pure: the data-access layer turns each event into a conditional UPDATE on the statuses
 * this module allows, so two racing requests cannot both apply (WHERE status IN (...)).
 */
export type ReportStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
export type ReportEvent = "SAVE" | "SUBMIT" | "APPROVE" | "RETURN";

const TRANSITIONS: Record<ReportEvent, Partial<Record<ReportStatus, ReportStatus>>> = {
  // Saving keeps the status: a returned report stays returned until it is submitted again.
  SAVE: { DRAFT: "DRAFT", RETURNED: "RETURNED" },
  SUBMIT: { DRAFT: "SUBMITTED", RETURNED: "SUBMITTED" },
  APPROVE: { SUBMITTED: "APPROVED" },
  RETURN: { SUBMITTED: "RETURNED" },
};

/** The status after the event, or null when the event is not allowed from this status. */
export function nextStatus(from: ReportStatus, event: ReportEvent): ReportStatus | null {
  return TRANSITIONS[event][from] ?? null;
}

/** The statuses an event may start from: the WHERE clause of its conditional UPDATE. */
export function statusesAllowing(event: ReportEvent): ReportStatus[] {
  return Object.keys(TRANSITIONS[event]) as ReportStatus[];
}

/** The reporter may change the report only while it is a draft or has been returned. */
export const isEditable = (status: ReportStatus): boolean => nextStatus(status, "SAVE") !== null;

export type PeriodState = "PLANNED" | "OPEN" | "CLOSED";

/** A report accepts changes only while its period is open (a closed period accepts none). */
export const acceptsChanges = (period: PeriodState, status: ReportStatus): boolean => period === "OPEN" && isEditable(status);

const DAY = 86_400_000;
const CHINA_OFFSET = 8 * 3_600_000;

/** Days from today (China calendar) to the deadline day; 0 on the deadline, negative when overdue. */
export function daysLeft(deadline: Date, now: Date): number {
  const deadlineDay = Math.floor(deadline.getTime() / DAY);
  const today = Math.floor((now.getTime() + CHINA_OFFSET) / DAY);
  return deadlineDay - today;
}

/** Submitted on or before the deadline day (China time) counts as on time. */
export function submittedOnTime(submittedAt: Date, deadline: Date): boolean {
  return daysLeft(deadline, submittedAt) >= 0;
}

export type CompletenessState = "ON_TIME" | "LATE" | "DRAFT" | "RETURNED" | "NOT_STARTED";

/** Where one reporter stands in a period, for the completeness page. */
export function completenessState(report: { status: ReportStatus; submittedAt: Date | null } | null, deadline: Date): CompletenessState {
  if (!report) return "NOT_STARTED";
  if (report.status === "DRAFT") return "DRAFT";
  if (report.status === "RETURNED") return "RETURNED";
  if (!report.submittedAt) return "DRAFT";
  return submittedOnTime(report.submittedAt, deadline) ? "ON_TIME" : "LATE";
}

/** The values and narrative of a report at the moment it was submitted. */
export interface ReportSnapshot {
  values: Record<string, { value: string | null; milestoneDone: boolean | null; milestoneDate: string | null; note: string | null }>;
  progress: string;
  problems: string;
  nextSteps: string;
}

export interface ReportChange {
  /** null for the narrative fields. */
  assignmentId: string | null;
  field: "value" | "milestoneDone" | "milestoneDate" | "note" | "progress" | "problems" | "nextSteps";
  before: string | boolean | null;
  after: string | boolean | null;
}

/** What changed between two submissions, for the reviewer of a resubmitted report. */
export function reportChanges(before: ReportSnapshot, after: ReportSnapshot): ReportChange[] {
  const changes: ReportChange[] = [];
  const ids = [...new Set([...Object.keys(before.values), ...Object.keys(after.values)])].sort();
  for (const id of ids) {
    const b = before.values[id];
    const a = after.values[id];
    for (const field of ["value", "milestoneDone", "milestoneDate", "note"] as const) {
      const bv = b?.[field] ?? null;
      const av = a?.[field] ?? null;
      if (!sameValue(bv, av)) changes.push({ assignmentId: id, field, before: bv, after: av });
    }
  }
  for (const field of ["progress", "problems", "nextSteps"] as const) {
    if (before[field] !== after[field]) changes.push({ assignmentId: null, field, before: before[field], after: after[field] });
  }
  return changes;
}

// "12" and "12.0000" are the same number; the database returns the latter.
function sameValue(a: string | boolean | null, b: string | boolean | null): boolean {
  if (typeof a === "string" && typeof b === "string" && a.trim() !== "" && b.trim() !== "" && !Number.isNaN(Number(a)) && !Number.isNaN(Number(b))) {
    return Number(a) === Number(b);
  }
  return a === b;
}

/** Default deadline of a quarter's period: the 10th day after the quarter ends (issue #5). */
export function defaultDeadline(year: number, quarter: number): Date {
  const quarterEnd = Date.UTC(year, quarter * 3, 0);
  return new Date(quarterEnd + 10 * DAY);
}
