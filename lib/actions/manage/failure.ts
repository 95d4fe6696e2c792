import "server-only";
import type { z } from "zod";
import { ManageFieldError } from "../../dal/manage/write";
import { isAppError } from "../../errors";
import { m } from "../../i18n";
import { fieldErrorsOf } from "../../validation/field-errors";
import type { ManageFormState } from "./form-state";

/** The forms' field errors: a list editor's row field by its whole path ("milestones.0.year"), a plain field by its name. */
export const manageFieldErrors = (error: z.ZodError) => fieldErrorsOf(error, (path) => (path.length > 0 ? path.map(String).join(".") : "form"));

export const invalid = (error: z.ZodError): ManageFormState => ({ ok: false, fieldErrors: manageFieldErrors(error), formError: m.manage.common.errorSummary });

/** Expected refusals reach the user in their words; anything else is logged and stays generic. */
export function failureState(e: unknown): ManageFormState {
  if (e instanceof ManageFieldError) return { ok: false, fieldErrors: { [e.field]: e.message }, formError: m.manage.common.errorSummary };
  if (isAppError(e)) return { ok: false, formError: e.message };
  console.error("manage action failed", e);
  return { ok: false, formError: m.manage.common.genericError };
}
