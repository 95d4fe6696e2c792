import type { Metadata } from "next";
import Link from "next/link";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { openReportAction } from "@/lib/actions/reports/open-report";
import { requirePermission } from "@/lib/auth/current-user";
import { listMyPeriods, type MyPeriod } from "@/lib/dal/reports";
import { formatDate, m } from "@/lib/i18n";

const h = m.reports.home;
export const metadata: Metadata = { title: h.title };

/** The reporter's home: their periods, deadlines and returned reports (issue #5). */
export default async function MyReportsPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const user = await requirePermission("report:fill", "/reports");
  const periods = await listMyPeriods(user);
  const { error } = await searchParams;
  const returned = periods.filter((p) => p.report?.status === "RETURNED");
  return (
    <div className="space-y-6">
      <PageHeader title={h.title} description={`${user.organisationName ?? ""} · ${h.description}`} />
      {error && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-bad">{error.slice(0, 200)}</p>}
      {returned.length > 0 && (
        <section aria-labelledby="returned" className="rounded-lg border border-red-200 bg-red-50 p-4">
          <h2 id="returned" className="font-semibold text-bad">{h.returnedTitle}</h2>
          <ul className="mt-2 space-y-2 text-sm">
            {returned.map((p) => (
              <li key={p.periodId}>
                <Link href={`/reports/${p.report!.id}`} className="font-medium text-brand-700 hover:underline">{p.label}</Link>
                <span className="text-slate-700"> · {h.reason}：{p.report!.returnReason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {periods.length === 0 ? <EmptyState title={h.empty} /> : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {periods.map((p) => <PeriodCard key={p.periodId} period={p} />)}
        </ul>
      )}
    </div>
  );
}

function PeriodCard({ period: p }: { period: MyPeriod }) {
  const open = p.status === "OPEN";
  const editable = open && (!p.report || p.report.status === "DRAFT" || p.report.status === "RETURNED");
  const urgency = p.daysLeft < 0 ? "text-bad" : p.daysLeft <= 7 ? "text-warn" : "text-slate-600";
  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <div className="flex items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold text-slate-900">{p.label}</h2>
          <p className="text-sm text-slate-600">{h.deadline}：{formatDate(p.deadline)}{open && <span className={`ml-2 font-medium ${urgency}`}>{m.reports.daysLeft(p.daysLeft)}</span>}</p>
          <p className="text-sm text-slate-500">{m.reports.periodStatus[p.status]} · {h.targets(p.targetCount)}</p>
        </div>
        <ReportStatusBadge status={p.report?.status ?? null} />
      </div>
      {p.report ? (
        <Link href={`/reports/${p.report.id}`} className={`self-start rounded-md px-4 py-2 text-sm font-medium ${editable ? "bg-brand-700 text-white hover:bg-brand-800" : "border border-slate-300 text-slate-700 hover:bg-slate-50"}`}>
          {editable ? h.continue : h.view}
        </Link>
      ) : open ? (
        <form action={openReportAction}>
          <input type="hidden" name="periodId" value={p.periodId} />
          <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{h.open}</button>
        </form>
      ) : null}
    </li>
  );
}
