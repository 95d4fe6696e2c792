"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import { createUser } from "../../dal/users";
import { m } from "../../i18n";
import { fieldErrorsOf } from "../../validation/field-errors";
import { ZUserCreate } from "../../validation/users";
import { failureState } from "./failure";
import type { UserFormState } from "./form-state";

/**
 * /admin/users/new. No redirect on success: the one-time password is in this response and
 * nowhere else, so the page shows it in place.
 */
export async function createUserAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const parsed = ZUserCreate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: m.users.form.errorSummary };
  const user = await requireUser();
  try {
    // The DAL checks user:manage and the admin's scope, and audits a refusal.
    const issued = await createUser(user, parsed.data);
    revalidatePath("/admin/users");
    return { ok: true, message: m.users.form.created, userId: issued.id, temporaryPassword: issued.temporaryPassword };
  } catch (e) {
    return failureState(e, m.users.form.genericError);
  }
}
