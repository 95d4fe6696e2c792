import { problem, problemOf } from "@/lib/api/problem";
import { routeUser } from "@/lib/auth/route-user";
import { exportDashboardView } from "@/lib/dal/dashboard/export";
import { CONTENT_TYPES, fileDownload, exportFileName } from "@/lib/export/download";
import { m } from "@/lib/i18n";
import { parsePlanDashboardQuery } from "@/lib/validation/dashboard";
import { parseDashboardExportQuery } from "@/lib/validation/dashboard-export";

export const dynamic = "force-dynamic";

/** Any dashboard table (?view=plan|units|hospital|counties|target|crossPlan), as on screen, as an Excel download. */
export async function GET(request: Request) {
  const auth = await routeUser();
  if ("refusal" in auth) return problem(auth.refusal.status, auth.refusal.code, auth.refusal.message);
  const { user } = auth;
  const params = new URL(request.url).searchParams;
  const query = parseDashboardExportQuery(params);
  if (!query.success) return problem(400, "BAD_REQUEST", query.error.issues[0].message);
  try {
    const file = await exportDashboardView(user, query.data, parsePlanDashboardQuery(Object.fromEntries(params)));
    if (!file) return problem(404, "NOT_FOUND", m.dashboard.exports.notFound);
    const now = new Date();
    return fileDownload(file.body, CONTENT_TYPES.xlsx, exportFileName(file.name, "xlsx", now), exportFileName(file.asciiName, "xlsx", now));
  } catch (e) {
    return problemOf(e, "dashboard export failed");
  }
}
