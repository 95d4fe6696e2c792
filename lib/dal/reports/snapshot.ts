import type { ReportSnapshot } from "../../domain/report-workflow";
import type { ValueRule } from "../../domain/report-values";
import type { ReportForm } from "./types";

export function snapshotOf(form: Pick<ReportForm, "items" | "progress" | "problems" | "nextSteps">): ReportSnapshot {
  return {
    values: Object.fromEntries(form.items.map((i) => [i.assignmentId, { ...i.current }])),
    progress: form.progress,
    problems: form.problems,
    nextSteps: form.nextSteps,
  };
}

export const valueRules = (form: ReportForm): ValueRule[] =>
  form.items.map((i) => ({ assignmentId: i.assignmentId, kind: i.kind, lastApprovedValue: i.lastApproved?.value ?? null }));
