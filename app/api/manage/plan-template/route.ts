import { problem } from "@/lib/api/problem";
import { routeUser } from "@/lib/auth/route-user";
import { can } from "@/lib/auth/permissions";
import { fileDownload } from "@/lib/export/download";
import { buildPlanTemplate } from "@/lib/import/plan-template";
import { m } from "@/lib/i18n";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The plan import template (staff only): instructions, 任务 and 目标 sheets with drop-down lists. */
export async function GET() {
  const auth = await routeUser();
  if ("refusal" in auth) return problem(auth.refusal.status, auth.refusal.code, auth.refusal.message);
  const { user } = auth;
  if (!can(user, "plan:write")) return problem(403, "FORBIDDEN", m.manage.common.notFound);
  const body = await buildPlanTemplate();
  return fileDownload(body, XLSX, "规划任务与目标导入模板.xlsx", "plan-import-template.xlsx");
}
