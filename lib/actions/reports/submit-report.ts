"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "../../auth/current-user";
import { submitReport } from "../../dal/reports";
import { m } from "../../i18n";
import { ZReportSubmit, type TReportSubmit } from "../../validation/reports";
import { reportFailure } from "./result";
import type { ReportActionResult } from "./result-type";

export async function submitReportAction(input: TReportSubmit): Promise<ReportActionResult> {
  const parsed = ZReportSubmit.safeParse(input);
  if (!parsed.success) return { ok: false, formError: m.reports.form.genericError };
  const user = await requireUser();
  try {
    const result = await submitReport(user, parsed.data);
    revalidatePath("/reports", "layout");
    return { ok: true, version: result.version, message: m.reports.form.submitted };
  } catch (e) {
    return reportFailure(e);
  }
}
