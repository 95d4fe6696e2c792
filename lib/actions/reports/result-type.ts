import type { ReportForm } from "../../dal/reports/types";

/** What the report actions return to the client form. */
export interface ReportActionResult {
  ok: boolean;
  version?: number;
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** On a stale save: what is stored now, to show the other person's changes. */
  conflict?: ReportForm;
  message?: string;
}
