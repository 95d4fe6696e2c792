import { m } from "../i18n";

/**
 * The per-target checks of a report's values (issue #5, "Validation"), pure so the form
 * runs them while the user types and the server runs them again on every save and submit.
 * Errors are keyed `<assignmentId>.<field>` and worded in Chinese.
 */
const v = m.reports.validation;

export interface ValueRule {
  assignmentId: string;
  kind: string; // TargetKind
  /** The last approved cumulative actual, when there is one. */
  lastApprovedValue: string | null;
}

export interface ValueEntry {
  assignmentId: string;
  value?: string | null;
  milestoneDone?: boolean | null;
  milestoneDate?: string | null;
  note?: string | null;
}

const NUMBER = /^-?\d{1,14}(\.\d{1,4})?$/;

/** "12.5" → 12.5; blank → null; anything else → NaN. */
export function parseReportNumber(raw: string | null | undefined): number | null {
  const text = (raw ?? "").trim().replace(/,/g, "");
  if (text === "") return null;
  return NUMBER.test(text) ? Number(text) : Number.NaN;
}

export function checkReportValues(rules: ValueRule[], entries: ValueEntry[], mode: "draft" | "submit"): Record<string, string> {
  const errors: Record<string, string> = {};
  const byId = new Map(entries.map((e) => [e.assignmentId, e]));
  for (const rule of rules) {
    const e = byId.get(rule.assignmentId) ?? { assignmentId: rule.assignmentId };
    const key = (field: string) => `${rule.assignmentId}.${field}`;
    if (rule.kind === "MILESTONE") {
      if (mode === "submit" && (e.milestoneDone === null || e.milestoneDone === undefined)) errors[key("milestoneDone")] = v.milestoneRequired;
      if (mode === "submit" && e.milestoneDone === true && !e.milestoneDate) errors[key("milestoneDate")] = v.milestoneDateRequired;
      continue;
    }
    const n = parseReportNumber(e.value);
    if (n === null) {
      if (mode === "submit") errors[key("value")] = v.required;
    } else if (Number.isNaN(n)) errors[key("value")] = v.notNumber;
    else if (n < 0) errors[key("value")] = v.negative;
    else if (rule.kind === "SHARE" && n > 100) errors[key("value")] = v.shareAbove100;
    else if (rule.lastApprovedValue !== null && n < Number(rule.lastApprovedValue) && !(e.note ?? "").trim()) {
      errors[key("note")] = v.belowLast(trimDecimal(rule.lastApprovedValue));
    }
  }
  for (const e of entries) {
    if (!rules.some((r) => r.assignmentId === e.assignmentId)) errors[`${e.assignmentId}.value`] = v.unknownItem;
  }
  return errors;
}

/** "12.5000" → "12.5" for display. */
export function trimDecimal(value: string): string {
  return value.includes(".") ? value.replace(/\.?0+$/, "") : value;
}
