"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import { importPlan } from "../../dal/manage/plan-import";
import { m } from "../../i18n";
import { UnreadableWorkbook } from "../../import/plan-workbook";
import { MAX_IMPORT_BYTES, ZPlanImportFields } from "../../validation/plan-import";
import { failureState, invalid } from "./failure";
import type { ManageFormState } from "./form-state";

const i = m.manage.import;

/** /manage/import: the plan's facts and the filled-in workbook, all rows checked before any write. */
export async function importPlanAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const { file, ...rest } = Object.fromEntries(formData);
  const parsed = ZPlanImportFields.safeParse(rest);
  const fileError = !(file instanceof File) || file.size === 0 ? i.fileRequired : file.size > MAX_IMPORT_BYTES ? i.fileTooLarge : null;
  if (!parsed.success || fileError) {
    const state = parsed.success ? { ok: false, fieldErrors: {}, formError: m.manage.common.errorSummary } : invalid(parsed.error);
    return fileError ? { ...state, fieldErrors: { ...state.fieldErrors, file: fileError } } : state;
  }
  const user = await requireUser();
  try {
    const result = await importPlan(user, parsed.data, await (file as File).arrayBuffer());
    if (!result.ok) return { ok: false, formError: i.errorsTitle(result.problems.length), problems: result.problems.map((p) => i.errorLine(p.sheet, p.row, p.column, p.reason)) };
    revalidatePath("/plans", "layout");
    return { ok: true, message: i.done(result.tasks, result.targets), planCode: result.planCode };
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return { ok: false, fieldErrors: { file: i.notXlsx }, formError: m.manage.common.errorSummary };
    return failureState(e);
  }
}
