import "server-only";
import { ReportConflictError, ReportValidationError } from "../../dal/reports";
import { isAppError } from "../../errors";
import { m } from "../../i18n";
import type { ReportActionResult } from "./result-type";

/** Expected refusals reach the user in their words (with the stored form on a conflict); anything else stays generic. */
export function reportFailure(e: unknown): ReportActionResult {
  if (e instanceof ReportConflictError) return { ok: false, formError: e.message, conflict: e.current };
  if (e instanceof ReportValidationError) return { ok: false, formError: e.message, fieldErrors: e.fieldErrors };
  if (isAppError(e)) return { ok: false, formError: e.message };
  console.error("report action failed", e);
  return { ok: false, formError: m.reports.form.genericError };
}
