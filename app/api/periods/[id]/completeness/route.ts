import { getCurrentUser } from "@/lib/auth/current-user";
import { periodCompletenessSheet } from "@/lib/dal/report-workbook";
import { CONTENT_TYPES, fileDownload, exportFileName } from "@/lib/export/download";
import { buildWorkbook } from "@/lib/export/xlsx";
import { isAppError } from "@/lib/errors";
import { m } from "@/lib/i18n";

export const dynamic = "force-dynamic";

const problem = (status: number, message: string) => Response.json({ error: { message } }, { status, headers: { "Cache-Control": "no-store" } });

/** GET /api/periods/:id/completeness — the completeness page's table as .xlsx. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return problem(401, m.apiV1.unauthenticated);
  try {
    const { label, sheet } = await periodCompletenessSheet(user, (await params).id);
    const now = new Date();
    return fileDownload(await buildWorkbook([sheet], m.app.name), CONTENT_TYPES.xlsx, exportFileName([m.reportExcel.workbook.completenessFile, label], "xlsx", now), exportFileName(["completeness"], "xlsx", now));
  } catch (e) {
    if (isAppError(e)) return problem(e.status, e.message);
    console.error("completeness export failed", e);
    return problem(500, m.errors.unexpectedBody);
  }
}
