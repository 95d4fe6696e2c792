import { problem, problemOf } from "@/lib/api/problem";
import { routeUser } from "@/lib/auth/route-user";
import { listTargetExportRows } from "@/lib/dal/target-export";
import { fileDownload, exportFileName } from "@/lib/export/download";
import { renderTargetExport } from "@/lib/export/targets";
import { m } from "@/lib/i18n";
import { ZTargetExportQuery } from "@/lib/validation/target-export";

export const dynamic = "force-dynamic";

/** The targets of the user's region as an Excel, CSV or JSON download (permission target:export). */
export async function GET(request: Request) {
  const auth = await routeUser();
  if ("refusal" in auth) return problem(auth.refusal.status, auth.refusal.code, auth.refusal.message);
  const { user } = auth;

  const params = new URL(request.url).searchParams;
  const query = ZTargetExportQuery.safeParse({ format: params.get("format") ?? undefined, plan: params.get("plan") ?? undefined });
  if (!query.success) return problem(400, "BAD_REQUEST", query.error.issues[0].message);
  const { format, plan } = query.data;

  try {
    const rows = await listTargetExportRows(user, { planCode: plan });
    if (rows === null) return problem(404, "NOT_FOUND", m.targetExport.planNotFound);
    const file = await renderTargetExport(rows, format);
    const now = new Date();
    const name = exportFileName([m.targetExport.fileTitle, ...(plan ? [plan] : [])], format, now);
    const fallback = exportFileName(["targets", ...(plan ? [plan] : [])], format, now);
    return fileDownload(file.body, file.contentType, name, fallback);
  } catch (e) {
    return problemOf(e, "target export failed");
  }
}
