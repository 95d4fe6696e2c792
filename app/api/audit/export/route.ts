import { problem, problemOf } from "@/lib/api/problem";
import { routeUser } from "@/lib/auth/route-user";
import { can } from "@/lib/auth/permissions";
import { AUDIT_EXPORT_CAP, exportAuditEvents } from "@/lib/dal/audit";
import { auditEventsToXlsx, describeAuditFilters } from "@/lib/export/audit";
import { CONTENT_TYPES, fileDownload, exportFileName } from "@/lib/export/download";
import { m } from "@/lib/i18n";
import { parseAuditSearch } from "@/lib/validation/audit";

export const dynamic = "force-dynamic";

/**
 * GET /api/audit/export?<the /audit page's filters>: the matching events as Excel, newest
 * first, at most AUDIT_EXPORT_CAP rows. 401 signed out, 403 (and a DENIED event) for anyone
 * but an auditor; every download is itself an audit.export event.
 */
export async function GET(request: Request) {
  const auth = await routeUser();
  if ("refusal" in auth) return problem(auth.refusal.status, auth.refusal.code, auth.refusal.message);
  const { user } = auth;

  const search = parseAuditSearch(new URL(request.url).searchParams);
  // Anyone but an auditor gets 403 (and a DENIED event) whatever the query says.
  if (!search.ok && can(user, "audit:read")) return problem(400, "BAD_REQUEST", Object.values(search.fieldErrors)[0] ?? m.audit.filter.invalid);
  const filters = search.ok ? search.filters : {};

  try {
    const { events, truncated } = await exportAuditEvents(user, filters);
    const now = new Date();
    const body = await auditEventsToXlsx(events, {
      exportedAt: now,
      exportedBy: `${user.displayName}（${user.username}）`,
      filters: describeAuditFilters(filters),
      truncatedAt: truncated ? AUDIT_EXPORT_CAP : null,
    });
    return fileDownload(body, CONTENT_TYPES.xlsx, exportFileName([m.audit.export.fileTitle], "xlsx", now), exportFileName(["audit-log"], "xlsx", now), { "X-Export-Truncated": truncated ? "true" : "false" });
  } catch (e) {
    return problemOf(e, "audit export failed");
  }
}
