import { problem, problemOf } from "@/lib/api/problem";
import { routeUser } from "@/lib/auth/route-user";
import { periodWorkbookSheets } from "@/lib/dal/report-workbook";
import { CONTENT_TYPES, fileDownload, exportFileName } from "@/lib/export/download";
import { buildWorkbook } from "@/lib/export/xlsx";
import { m } from "@/lib/i18n";

export const dynamic = "force-dynamic";

/** GET /api/periods/:id/workbook — every report of the period in the user's region (staff, leaders). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await routeUser();
  if ("refusal" in auth) return problem(auth.refusal.status, auth.refusal.code, auth.refusal.message);
  const { user } = auth;
  try {
    const { label, sheets } = await periodWorkbookSheets(user, (await params).id);
    const now = new Date();
    return fileDownload(await buildWorkbook(sheets, m.app.name), CONTENT_TYPES.xlsx, exportFileName([m.reportExcel.workbook.file, label], "xlsx", now), exportFileName(["period-reports"], "xlsx", now));
  } catch (e) {
    return problemOf(e, "period workbook failed");
  }
}
