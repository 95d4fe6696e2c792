"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import { resetUserPassword } from "../../dal/users";
import { m } from "../../i18n";
import { ZUserId } from "../../validation/users";
import { failureState } from "./failure";
import type { UserFormState } from "./form-state";

/** The 重置密码 button (after confirmation): answers with the one-time password, once. */
export async function resetUserPasswordAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const parsed = ZUserId.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, formError: m.users.actions.failed };
  const user = await requireUser();
  let temporaryPassword: string;
  try {
    ({ temporaryPassword } = await resetUserPassword(user, parsed.data.id));
  } catch (e) {
    return failureState(e, m.users.actions.failed);
  }
  revalidatePath("/admin/users", "layout");
  return { ok: true, temporaryPassword };
}
