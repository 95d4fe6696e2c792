"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import { closePeriod, createPeriod, extendDeadline, openPeriod } from "../../dal/periods";
import { isAppError } from "../../errors";
import { m } from "../../i18n";
import { ZPeriodCreate, ZPeriodExtend } from "../../validation/reports";

export interface PeriodFormState {
  ok: boolean;
  message?: string;
  formError?: string;
}

function failure(e: unknown): PeriodFormState {
  if (isAppError(e)) return { ok: false, formError: e.message };
  console.error("period action failed", e);
  return { ok: false, formError: m.reports.form.genericError };
}

/** /admin/periods: create, open, extend or close, chosen by the button pressed (`intent`). */
export async function managePeriodAction(_previous: PeriodFormState, formData: FormData): Promise<PeriodFormState> {
  const intent = formData.get("intent");
  const user = await requireUser();
  try {
    if (intent === "create") {
      const parsed = ZPeriodCreate.safeParse(Object.fromEntries(formData));
      if (!parsed.success) return { ok: false, formError: parsed.error.issues[0]?.message };
      await createPeriod(user, parsed.data);
    } else if (intent === "extend") {
      const parsed = ZPeriodExtend.safeParse({ periodId: formData.get("periodId"), deadline: formData.get("deadline") });
      if (!parsed.success) return { ok: false, formError: parsed.error.issues[0]?.message };
      await extendDeadline(user, parsed.data);
    } else if (intent === "open" || intent === "close") {
      const periodId = String(formData.get("periodId") ?? "");
      await (intent === "open" ? openPeriod(user, periodId) : closePeriod(user, periodId));
    } else return { ok: false, formError: m.reports.form.genericError };
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/admin/periods");
  return { ok: true, message: intent === "create" ? m.reports.periods.created : m.reports.periods.updated };
}
