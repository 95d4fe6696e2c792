import type { ReportForm } from "@/lib/dal/reports/types";
import { checkReportValues, type ValueEntry } from "@/lib/domain/report-values";
import { m } from "@/lib/i18n";
import { TEXT_LIMITS, type TReportSave } from "@/lib/validation/reports";

/** What the user has typed: strings as typed, so nothing is lost to parsing. */
export interface EntryDraft {
  value: string;
  milestoneDone: boolean | null;
  milestoneDate: string;
  note: string;
}

export interface FormDraft {
  values: Record<string, EntryDraft>;
  progress: string;
  problems: string;
  nextSteps: string;
}

export function draftOf(form: Pick<ReportForm, "items" | "progress" | "problems" | "nextSteps">): FormDraft {
  return {
    values: Object.fromEntries(
      form.items.map((i) => [i.assignmentId, { value: i.current.value ?? "", milestoneDone: i.current.milestoneDone, milestoneDate: i.current.milestoneDate ?? "", note: i.current.note ?? "" }]),
    ),
    progress: form.progress,
    problems: form.problems,
    nextSteps: form.nextSteps,
  };
}

export const sameDraft = (a: FormDraft, b: FormDraft) => JSON.stringify(a) === JSON.stringify(b);

function entries(draft: FormDraft): ValueEntry[] {
  return Object.entries(draft.values).map(([assignmentId, e]) => ({ assignmentId, value: e.value, milestoneDone: e.milestoneDone, milestoneDate: e.milestoneDate || null, note: e.note }));
}

/** The same checks the server runs, while the user types. */
export function checkDraft(form: ReportForm, draft: FormDraft, mode: "draft" | "submit"): Record<string, string> {
  const rules = form.items.map((i) => ({ assignmentId: i.assignmentId, kind: i.kind, lastApprovedValue: i.lastApproved?.value ?? null }));
  const errors = checkReportValues(rules, entries(draft), mode);
  for (const [id, e] of Object.entries(draft.values)) {
    if (e.note.length > TEXT_LIMITS.note) errors[`${id}.note`] = m.reports.validation.tooLong(TEXT_LIMITS.note);
  }
  for (const field of ["progress", "problems", "nextSteps"] as const) {
    if (draft[field].length > TEXT_LIMITS.narrative) errors[field] = m.reports.validation.tooLong(TEXT_LIMITS.narrative);
  }
  if (mode === "submit" && !draft.progress.trim()) errors.progress = m.reports.validation.progressRequired;
  return errors;
}

export function saveInput(reportId: string, version: number, draft: FormDraft): TReportSave {
  return {
    reportId,
    version,
    values: entries(draft).map((e) => ({ ...e, value: e.value?.trim() ? e.value.trim() : null, note: e.note?.trim() ? e.note : null })),
    progress: draft.progress,
    problems: draft.problems,
    nextSteps: draft.nextSteps,
  };
}

/** The local copy that survives a closed tab or an expired session. */
export interface LocalCopy {
  baseVersion: number;
  draft: FormDraft;
  at: string;
}
export const localKey = (reportId: string) => `report-draft:${reportId}`;

export function readLocal(reportId: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(localKey(reportId));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function writeLocal(reportId: string, copy: LocalCopy | null): void {
  try {
    if (copy) window.localStorage.setItem(localKey(reportId), JSON.stringify(copy));
    else window.localStorage.removeItem(localKey(reportId));
  } catch {
    // A full or disabled storage only loses the extra safety net, never the form.
  }
}
