import { toResponse } from "@/lib/api/problem";
import { routeUser } from "@/lib/auth/route-user";
import { isSameOrigin } from "@/lib/auth/origin";
import { MAX_UPLOAD_BYTES, uploadReportWorkbook } from "@/lib/dal/report-excel";
import { isAppError } from "@/lib/errors";
import { m } from "@/lib/i18n";

export const dynamic = "force-dynamic";

/** A refusal as the upload form reads it (components/reports/report-excel.tsx): one problem with the whole file. */
const refuse = (status: number, message: string) => toResponse({ status, body: { ok: false, problems: [{ row: null, column: null, message }] } });

/**
 * POST /api/reports/:id/upload (multipart, field "file") — a filled-in template becomes the
 * draft when every row is valid; otherwise 422 with { problems: [{ row, column, message }] }.
 * Cookie-authenticated, so only the app's own pages may post (same-origin check).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return refuse(403, m.errors.forbiddenAction);
  const auth = await routeUser();
  if ("refusal" in auth) return refuse(auth.refusal.status, auth.refusal.message);
  const { user } = auth;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) return refuse(413, m.reportExcel.errors.tooLarge);
  try {
    const file = (await request.formData()).get("file");
    if (!(file instanceof File) || file.size === 0) return refuse(422, m.reportExcel.errors.noFile);
    if (file.size > MAX_UPLOAD_BYTES) return refuse(413, m.reportExcel.errors.tooLarge);
    const outcome = await uploadReportWorkbook(user, (await params).id, new Uint8Array(await file.arrayBuffer()));
    return toResponse({ status: outcome.ok ? 200 : 422, body: outcome });
  } catch (e) {
    if (isAppError(e)) return refuse(e.status, e.message);
    console.error("report upload failed", e);
    return refuse(500, m.errors.unexpectedBody);
  }
}
