import "server-only";
import { UserFieldError } from "../../dal/user-records";
import { isAppError } from "../../errors";
import { m } from "../../i18n";
import type { UserFormState } from "./form-state";

/** Expected refusals reach the user in their words; anything else is logged and stays generic. */
export function failureState(e: unknown, generic: string): UserFormState {
  if (e instanceof UserFieldError) return { ok: false, fieldErrors: { [e.field]: e.message }, formError: m.users.form.errorSummary };
  if (isAppError(e)) return { ok: false, formError: e.message };
  console.error("account action failed", e);
  return { ok: false, formError: generic };
}
