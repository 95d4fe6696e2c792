import "server-only";
import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import type { SessionUser } from "../../auth/session-user";
import { m } from "../../i18n";
import { ZRecordId } from "../../validation/target-edit";
import { failureState } from "./failure";
import type { ManageFormState } from "./form-state";

/**
 * An archive or restore button's submission (asked for confirmation first, in the page):
 * the record's id, one DAL call, then every page shows the change. A plan's parts appear on
 * the plan pages, the report forms and the dashboards alike, hence the whole layout.
 */
export async function lifecycleAction(formData: FormData, run: (user: SessionUser, id: string) => Promise<unknown>, message: string): Promise<ManageFormState> {
  const parsed = ZRecordId.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, formError: m.manage.common.genericError };
  const user = await requireUser();
  try {
    await run(user, parsed.data.id);
  } catch (e) {
    return failureState(e);
  }
  revalidatePath("/", "layout");
  return { ok: true, message };
}

/** A successful edit: the confirmation and the token the form carries on from. */
export function savedState(message: string, updatedAt: Date): ManageFormState {
  revalidatePath("/", "layout");
  return { ok: true, message, token: updatedAt.toISOString() };
}
