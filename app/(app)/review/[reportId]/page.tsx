import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { ReviewDecision } from "@/components/reports/review-decision";
import { ReviewValues } from "@/components/reports/review-values";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getReportForm, listReportTransitions, listValueHistories } from "@/lib/dal/reports";
import { formatDateTime, m } from "@/lib/i18n";

const r = m.reports.review;
export const metadata: Metadata = { title: r.title };

/** One submitted report for the reviewer: values against last quarter and target, what changed, the decision. */
export default async function ReviewReportPage({ params }: { params: Promise<{ reportId: string }> }) {
  const user = await requirePermission("report:review", "/review");
  const { reportId } = await params;
  const form = await getReportForm(user, reportId);
  if (!form) notFound();
  const [transitions, histories] = await Promise.all([listReportTransitions(user, reportId), listValueHistories(user, form.items.map((i) => i.assignmentId))]);
  const latestSubmission = transitions.find((t) => t.toStatus === "SUBMITTED");
  const metric = new Map(form.items.map((i) => [i.assignmentId, i.metric]));
  const rep = form.report;
  return (
    <div className="space-y-4">
      <Breadcrumbs items={[{ label: r.title, href: `/review?period=${rep.periodId}` }, { label: rep.reporterName }]} />
      <PageHeader title={`${rep.reporterName} · ${rep.periodLabel}`} description={rep.submittedAt ? r.submittedBy(formatDateTime(rep.submittedAt)) : undefined} actions={<ReportStatusBadge status={rep.status} />} />
      {rep.reviewerName && rep.reviewedAt && <p className="text-sm text-slate-600">{r.reviewedBy(rep.reviewerName, formatDateTime(rep.reviewedAt))}{rep.returnReason ? ` · ${r.reason}：${rep.returnReason}` : ""}</p>}
      {latestSubmission?.changed && (
        <Card title={r.changes}>
          {latestSubmission.changed.length === 0 ? <p className="text-sm text-slate-600">{r.noChanges}</p> : (
            <ul className="space-y-1 text-sm">
              {latestSubmission.changed.map((c, i) => (
                <li key={i}>
                  <span className="font-medium">{c.assignmentId ? metric.get(c.assignmentId) : ""} {r.fields[c.field]}</span>：
                  <span className="text-slate-500 line-through">{String(c.before ?? "—")}</span> → <span className="text-brand-800">{String(c.after ?? "—")}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      <Card title={m.reports.home.targets(form.items.length)}><ReviewValues items={form.items} histories={histories} /></Card>
      <Card title={m.reports.form.narrative}>
        <dl className="space-y-3 text-sm">
          {(["progress", "problems", "nextSteps"] as const).map((field) => (
            <div key={field}><dt className="font-medium text-slate-700">{m.reports.form[field]}</dt><dd className="whitespace-pre-wrap text-slate-800">{form[field] || "—"}</dd></div>
          ))}
        </dl>
      </Card>
      {rep.status === "SUBMITTED" && <Card title={r.open}><ReviewDecision reportId={rep.id} /></Card>}
      <Card title={r.history}>
        <ol className="space-y-1 text-sm text-slate-700">
          {transitions.map((t) => (
            <li key={t.id}>{formatDateTime(t.createdAt)} · {t.actorName ?? "—"} · {m.reports.status[t.fromStatus]} → {m.reports.status[t.toStatus]}{t.reason ? `（${t.reason}）` : ""}</li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
