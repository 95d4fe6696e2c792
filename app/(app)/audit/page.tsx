import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Suspense } from "react";
import { AuditEventTable } from "@/components/audit/audit-event-table";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { toAuditEventView } from "@/components/audit/event-view";
import { IntegrityPanel } from "@/components/audit/integrity-panel";
import { ResultsSkeleton } from "@/components/audit/results-skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { searchAuditEvents } from "@/lib/dal/audit";
import { isAppError } from "@/lib/errors";
import { formatNumber, m } from "@/lib/i18n";
import { auditSearchQuery, parseAuditSearch, type TAuditCursor, type TAuditFilters } from "@/lib/validation/audit";

export const metadata: Metadata = { title: m.audit.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The auditor's view of the audit log: filter, page through, expand, export, verify. */
export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const search = parseAuditSearch(params);
  if (!can(user, "audit:read")) await refuse(user);

  const exportHref = `/api/audit/export${search.ok ? auditSearchQuery(search.filters) : ""}`;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={m.audit.title}
        description={m.audit.description}
        actions={
          search.ok && (
            <a href={exportHref} className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
              {m.audit.export.button}
            </a>
          )
        }
      />
      {/* Secondary to the search: on a phone it goes below the results. */}
      <div className="max-md:order-last">
        <IntegrityPanel />
      </div>
      <AuditFilterForm values={search.values} errors={search.ok ? {} : search.fieldErrors} />
      <p className="text-xs text-slate-500">{m.audit.scopeNote(user.regionName)}</p>
      {/* A new key per query shows the skeleton while the next page loads. */}
      <Suspense key={new URLSearchParams(Object.entries(params).flatMap(([k, v]) => [v ?? []].flat().map((x) => [k, x]))).toString()} fallback={<ResultsSkeleton />}>
        {search.ok && <AuditResults user={user} filters={search.filters} cursor={search.cursor} />}
      </Suspense>
    </div>
  );
}

async function AuditResults({ user, filters, cursor }: { user: SessionUser; filters: TAuditFilters; cursor: TAuditCursor }) {
  const page = await searchAuditEvents(user, filters, { cursor });
  if (page.events.length === 0) {
    return (
      <div className="space-y-3">
        <EmptyState title={m.audit.emptyTitle} body={m.audit.emptyBody} />
        <AuditPagination newest={"before" in cursor || "after" in cursor ? `/audit${auditSearchQuery(filters)}` : null} newer={null} older={null} />
      </div>
    );
  }
  const href = (c: TAuditCursor | null) => (c ? `/audit${auditSearchQuery(filters, c)}` : null);
  const last = page.firstPosition + page.events.length - 1;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600" aria-live="polite">
        {m.audit.summary(formatNumber(page.total), formatNumber(page.firstPosition), formatNumber(last))}
      </p>
      <AuditEventTable events={page.events.map(toAuditEventView)} />
      <AuditPagination newest={page.newerCursor ? `/audit${auditSearchQuery(filters)}` : null} newer={href(page.newerCursor)} older={href(page.olderCursor)} />
    </div>
  );
}

/**
 * Anyone but an auditor: the DAL records the attempt as a DENIED audit.view (the same event
 * a direct call would leave) and refuses; the page answers 403.
 */
async function refuse(user: SessionUser): Promise<never> {
  try {
    await searchAuditEvents(user, {});
  } catch (e) {
    if (!isAppError(e) || e.code !== "FORBIDDEN") throw e;
  }
  forbidden();
}
