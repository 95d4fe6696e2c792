"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import { reviewReports } from "../../dal/reports";
import { m } from "../../i18n";
import { fieldErrorsOf } from "../../validation/field-errors";
import { ZReportReview } from "../../validation/reports";
import { reportFailure } from "./result";
import type { ReportActionResult } from "./result-type";

/** Approve (one or many, from the queue) or return with a reason (from the report's page). */
export async function reviewReportsAction(_previous: ReportActionResult, formData: FormData): Promise<ReportActionResult> {
  const parsed = ZReportReview.safeParse({
    reportIds: formData.getAll("reportId").map(String),
    decision: formData.get("decision"),
    reason: String(formData.get("reason") ?? "") || undefined,
  });
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return { ok: false, fieldErrors, formError: fieldErrors.reason ?? m.reports.form.errorSummary };
  }
  const user = await requireUser();
  try {
    const outcomes = await reviewReports(user, parsed.data);
    revalidatePath("/review", "layout");
    const applied = outcomes.filter((o) => o.applied).length;
    const skipped = outcomes.length - applied;
    const r = m.reports.review;
    return { ok: applied > 0, message: [r.done(applied), skipped > 0 ? r.skipped(skipped) : ""].filter(Boolean).join("；"), formError: applied === 0 ? m.reports.errors.notReviewable : undefined };
  } catch (e) {
    return reportFailure(e);
  }
}
