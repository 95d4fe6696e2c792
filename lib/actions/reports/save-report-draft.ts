"use server";

import { requireUser } from "../../auth/current-user";
import { saveReportDraft } from "../../dal/reports";
import { m } from "../../i18n";
import { fieldErrorsOf } from "../../validation/field-errors";
import { reportSaveFieldKey, ZReportSave, type TReportSave } from "../../validation/reports";
import { reportFailure } from "./result";
import type { ReportActionResult } from "./result-type";

/** Autosave and 保存草稿 on /reports/[reportId]: no revalidation, the form keeps its own state. */
export async function saveReportDraftAction(input: TReportSave): Promise<ReportActionResult> {
  const parsed = ZReportSave.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, reportSaveFieldKey(input)), formError: m.reports.form.errorSummary };
  const user = await requireUser();
  try {
    const { version } = await saveReportDraft(user, parsed.data);
    return { ok: true, version };
  } catch (e) {
    return reportFailure(e);
  }
}
