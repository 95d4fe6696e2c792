"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import { importIntoPlan, importPlan, type PlanImportResult } from "../../dal/manage/plan-import";
import { m } from "../../i18n";
import { UnreadableWorkbook } from "../../import/plan-workbook";
import { MAX_IMPORT_BYTES, ZPlanImportFields, ZPlanImportInto } from "../../validation/plan-import";
import { failureState, invalid } from "./failure";
import type { ManageFormState } from "./form-state";

const i = m.manage.import;

/**
 * /manage/import: the filled-in workbook, all rows checked before any write, either with a new
 * plan's facts or (?plan=…) into a plan that exists.
 */
export async function importPlanAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const { file, ...rest } = Object.fromEntries(formData);
  const into = "planId" in rest;
  const parsed = into ? ZPlanImportInto.safeParse(rest) : ZPlanImportFields.safeParse(rest);
  const fileError = !(file instanceof File) || file.size === 0 ? i.fileRequired : file.size > MAX_IMPORT_BYTES ? i.fileTooLarge : null;
  if (!parsed.success || fileError) {
    const state = parsed.success ? { ok: false, fieldErrors: {}, formError: m.manage.common.errorSummary } : invalid(parsed.error);
    return fileError ? { ...state, fieldErrors: { ...state.fieldErrors, file: fileError } } : state;
  }
  const user = await requireUser();
  try {
    const bytes = await (file as File).arrayBuffer();
    const data = parsed.data;
    const result: PlanImportResult = "planId" in data ? await importIntoPlan(user, data.planId, bytes) : await importPlan(user, data, bytes);
    if (!result.ok) return { ok: false, formError: i.errorsTitle(result.problems.length), problems: result.problems.map((p) => i.errorLine(p.sheet, p.row, p.column, p.reason)) };
    revalidatePath("/", "layout");
    return { ok: true, message: i.done(result.tasks, result.targets, result.assignments), planCode: result.planCode };
  } catch (e) {
    if (e instanceof UnreadableWorkbook) return { ok: false, fieldErrors: { file: i.notXlsx }, formError: m.manage.common.errorSummary };
    return failureState(e);
  }
}
