import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportExcel } from "@/components/reports/report-excel";
import { ReportForm } from "@/components/reports/report-form";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getReportForm, listValueHistories } from "@/lib/dal/reports";
import { formatDate, formatDateTime, m } from "@/lib/i18n";

const f = m.reports.form;
export const metadata: Metadata = { title: m.reports.home.title };

/** The reporter's form for one period; read-only once submitted, with the return reason on top. */
export default async function ReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const user = await requirePermission("report:fill", "/reports");
  const { reportId } = await params;
  const form = await getReportForm(user, reportId);
  if (!form) notFound();
  const r = form.report;
  const histories = await listValueHistories(user, form.items.map((i) => i.assignmentId));
  const readOnlyNote = r.editable ? null : r.periodStatus !== "OPEN" && r.status !== "APPROVED" ? f.readOnlyClosed : r.status === "APPROVED" ? f.readOnlyApproved : f.readOnlySubmitted;
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ label: f.backToList, href: "/reports" }, { label: r.periodLabel }]} />
      <PageHeader title={`${r.periodLabel} · ${r.reporterName}`} description={`${f.deadline}：${formatDate(r.deadline)}`} actions={<ReportStatusBadge status={r.status} />} />
      {r.status === "RETURNED" && r.returnReason && (
        <section role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4">
          <h2 className="font-semibold text-bad">{f.returnedTitle}</h2>
          <p className="mt-1 whitespace-pre-wrap text-slate-800">{r.returnReason}</p>
          {r.reviewerName && r.reviewedAt && <p className="mt-1 text-xs text-slate-500">{f.returnedBy(r.reviewerName, formatDateTime(r.reviewedAt))}</p>}
        </section>
      )}
      {readOnlyNote && (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          {readOnlyNote}
          {r.status === "APPROVED" && r.reviewerName && r.reviewedAt && ` ${m.reports.review.reviewedBy(r.reviewerName, formatDateTime(r.reviewedAt))}`}
        </p>
      )}
      <ReportExcel reportId={r.id} editable={r.editable} />
      <ReportForm key={`${r.id}-${r.status}`} form={form} histories={histories} />
    </div>
  );
}
