import "server-only";
import type { z } from "zod";
import { ManageFieldError } from "../../dal/manage/write";
import { isAppError } from "../../errors";
import { m } from "../../i18n";
import type { ManageFormState } from "./form-state";

/** The first message of each field, the way the forms show them; a list editor's row field by its path ("milestones.0.year"). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.length > 0 ? issue.path.map(String).join(".") : "form"] ??= issue.message;
  return errors;
}

export const invalid = (error: z.ZodError): ManageFormState => ({ ok: false, fieldErrors: fieldErrorsOf(error), formError: m.manage.common.errorSummary });

/** Expected refusals reach the user in their words; anything else is logged and stays generic. */
export function failureState(e: unknown): ManageFormState {
  if (e instanceof ManageFieldError) return { ok: false, fieldErrors: { [e.field]: e.message }, formError: m.manage.common.errorSummary };
  if (isAppError(e)) return { ok: false, formError: e.message };
  console.error("manage action failed", e);
  return { ok: false, formError: m.manage.common.genericError };
}
