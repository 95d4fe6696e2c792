import { getCurrentUser } from "@/lib/auth/current-user";
import { getPlanDashboard } from "@/lib/dal/dashboard/plan";
import { dashboardRowsToXlsx } from "@/lib/export/dashboard";
import { CONTENT_TYPES, fileDownload, exportFileName } from "@/lib/export/download";
import { isAppError } from "@/lib/errors";
import { m } from "@/lib/i18n";
import { parsePlanDashboardQuery } from "@/lib/validation/dashboard";

export const dynamic = "force-dynamic";

const problem = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/** The plan dashboard's rows, filtered and sorted exactly as on screen, as an Excel download. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return problem(401, m.targetExport.unauthenticated);
  const params = new URL(request.url).searchParams;
  const plan = params.get("plan");
  if (!plan) return problem(404, m.targetExport.planNotFound);
  try {
    const view = await getPlanDashboard(user, plan, parsePlanDashboardQuery(Object.fromEntries(params)));
    if (!view) return problem(404, m.targetExport.planNotFound);
    const now = new Date();
    return fileDownload(await dashboardRowsToXlsx(view.rows), CONTENT_TYPES.xlsx, exportFileName([m.dashboard.exportFile, plan], "xlsx", now), exportFileName(["dashboard", plan], "xlsx", now));
  } catch (e) {
    if (isAppError(e)) return problem(e.status, e.message);
    console.error("dashboard export failed", e);
    return problem(500, m.errors.unexpectedBody);
  }
}
