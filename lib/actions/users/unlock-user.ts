"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import { unlockUser } from "../../dal/users";
import { m } from "../../i18n";
import { ZUserId } from "../../validation/users";
import { failureState } from "./failure";
import type { UserFormState } from "./form-state";

/** The 解除锁定 button: clears the failed sign-in count and the lock. */
export async function unlockUserAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const parsed = ZUserId.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, formError: m.users.actions.failed };
  const user = await requireUser();
  try {
    await unlockUser(user, parsed.data.id);
  } catch (e) {
    return failureState(e, m.users.actions.failed);
  }
  revalidatePath("/admin/users", "layout");
  return { ok: true, message: m.users.actions.unlocked };
}
