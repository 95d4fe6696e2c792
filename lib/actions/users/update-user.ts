"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import { updateUser } from "../../dal/users";
import { m } from "../../i18n";
import { fieldErrorsOf } from "../../validation/field-errors";
import { ZUserUpdate } from "../../validation/users";
import { failureState } from "./failure";
import type { UserFormState } from "./form-state";

/** /admin/users/[id]: name, role, region and organisation. */
export async function updateUserAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const parsed = ZUserUpdate.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), formError: m.users.form.errorSummary };
  const user = await requireUser();
  try {
    await updateUser(user, parsed.data);
  } catch (e) {
    return failureState(e, m.users.form.genericError);
  }
  revalidatePath("/admin/users", "layout");
  return { ok: true, message: m.users.form.saved };
}
