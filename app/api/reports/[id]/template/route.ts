import { problem, problemOf } from "@/lib/api/problem";
import { routeUser } from "@/lib/auth/route-user";
import { reportTemplate } from "@/lib/dal/report-excel";
import { CONTENT_TYPES, fileDownload, exportFileName } from "@/lib/export/download";

export const dynamic = "force-dynamic";

/** GET /api/reports/:id/template — the signed-in reporter's form as an .xlsx to fill offline. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await routeUser();
  if ("refusal" in auth) return problem(auth.refusal.status, auth.refusal.code, auth.refusal.message);
  const { user } = auth;
  try {
    const { form, bytes } = await reportTemplate(user, (await params).id);
    const now = new Date();
    return fileDownload(bytes, CONTENT_TYPES.xlsx, exportFileName([form.report.reporterName, form.report.periodLabel], "xlsx", now), exportFileName(["report-template"], "xlsx", now));
  } catch (e) {
    return problemOf(e, "report template failed");
  }
}
