import { problem, problemOf } from "@/lib/api/problem";
import { routeUser } from "@/lib/auth/route-user";
import { periodCompletenessSheet } from "@/lib/dal/report-workbook";
import { CONTENT_TYPES, fileDownload, exportFileName } from "@/lib/export/download";
import { buildWorkbook } from "@/lib/export/xlsx";
import { m } from "@/lib/i18n";

export const dynamic = "force-dynamic";

/** GET /api/periods/:id/completeness — the completeness page's table as .xlsx. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await routeUser();
  if ("refusal" in auth) return problem(auth.refusal.status, auth.refusal.code, auth.refusal.message);
  const { user } = auth;
  try {
    const { label, sheet } = await periodCompletenessSheet(user, (await params).id);
    const now = new Date();
    return fileDownload(await buildWorkbook([sheet], m.app.name), CONTENT_TYPES.xlsx, exportFileName([m.reportExcel.workbook.completenessFile, label], "xlsx", now), exportFileName(["completeness"], "xlsx", now));
  } catch (e) {
    return problemOf(e, "completeness export failed");
  }
}
