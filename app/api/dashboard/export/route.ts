import { getCurrentUser } from "@/lib/auth/current-user";
import { exportDashboardView } from "@/lib/dal/dashboard/export";
import { CONTENT_TYPES, fileDownload, exportFileName } from "@/lib/export/download";
import { isAppError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parsePlanDashboardQuery } from "@/lib/validation/dashboard";
import { parseDashboardExportQuery } from "@/lib/validation/dashboard-export";

export const dynamic = "force-dynamic";

const problem = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/** Any dashboard table (?view=plan|units|hospital|counties|target|crossPlan), as on screen, as an Excel download. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return problem(401, m.targetExport.unauthenticated);
  const params = new URL(request.url).searchParams;
  const query = parseDashboardExportQuery(params);
  if (!query.success) return problem(400, query.error.issues[0].message);
  try {
    const file = await exportDashboardView(user, query.data, parsePlanDashboardQuery(Object.fromEntries(params)));
    if (!file) return problem(404, m.dashboard.exports.notFound);
    const now = new Date();
    return fileDownload(file.body, CONTENT_TYPES.xlsx, exportFileName(file.name, "xlsx", now), exportFileName(file.asciiName, "xlsx", now));
  } catch (e) {
    if (isAppError(e)) return problem(e.status, e.message);
    console.error("dashboard export failed", e);
    return problem(500, m.errors.unexpectedBody);
  }
}
