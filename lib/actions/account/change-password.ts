"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "../../auth/current-user";
import { changeOwnPassword } from "../../dal/users";
import { m } from "../../i18n";
import { fieldErrorsOf } from "../../validation/field-errors";
import { passwordChangeSchema } from "../../validation/users";
import { failureState } from "../users/failure";
import type { UserFormState } from "../users/form-state";

/**
 * /account/password. Success ends every session of the user (sessionVersion), so this one
 * is over too: the cookie goes and the user signs in again with the new password.
 */
export async function changePasswordAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const user = await requireUser();
  const p = m.account.password;
  const parsed = passwordChangeSchema(user.username).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: m.users.form.errorSummary };
  try {
    await changeOwnPassword(user, parsed.data);
  } catch (e) {
    return failureState(e, p.genericError);
  }
  // next-auth's session cookie, under whichever prefix (and in however many chunks) it was set.
  const jar = await cookies();
  for (const c of jar.getAll()) if (c.name.includes("next-auth.session-token")) jar.delete(c.name);
  redirect("/login?notice=password-changed");
}
