"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "../../auth/current-user";
import { getOrCreateReport } from "../../dal/reports";
import { isAppError } from "../../errors";

/** 开始填报 on /reports: the report is created by a POST, never by a prefetched link. */
export async function openReportAction(formData: FormData): Promise<void> {
  const periodId = z.string().min(1).max(64).parse(formData.get("periodId"));
  const user = await requireUser();
  let reportId: string;
  try {
    reportId = (await getOrCreateReport(user, periodId)).report.id;
  } catch (e) {
    if (isAppError(e)) redirect("/reports?error=" + encodeURIComponent(e.message));
    throw e;
  }
  redirect(`/reports/${reportId}`);
}
