"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "../../auth/current-user";
import { setUserDisabled } from "../../dal/users";
import { m } from "../../i18n";
import { ZUserId } from "../../validation/users";
import { failureState } from "./failure";
import type { UserFormState } from "./form-state";

const ZSetDisabled = ZUserId.extend({ intent: z.enum(["disable", "enable"]) });

/** The 停用账号 / 启用账号 buttons (disabling asks for confirmation first, in the page). */
export async function setUserDisabledAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const parsed = ZSetDisabled.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, formError: m.users.actions.failed };
  const user = await requireUser();
  const disabled = parsed.data.intent === "disable";
  try {
    await setUserDisabled(user, parsed.data.id, disabled);
  } catch (e) {
    return failureState(e, m.users.actions.failed);
  }
  revalidatePath("/admin/users", "layout");
  return { ok: true, message: disabled ? m.users.actions.disabled : m.users.actions.enabled };
}
