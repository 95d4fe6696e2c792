import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LazyTargetProgressChart } from "@/components/charts/target-progress-chart-lazy";
import { chartPoints } from "@/components/dashboard/chart-data";
import { DemoMark } from "@/components/dashboard/demo-mark";
import { ExportLink } from "@/components/dashboard/export-link";
import { formatActual, formatLatest, percentOrDash } from "@/components/dashboard/format";
import { ProgressBar } from "@/components/dashboard/progress-bar";
import { OverviewSkeleton } from "@/components/dashboard/skeletons";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { SourceQuote } from "@/components/targets/source-quote";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDashboardTargetHeader } from "@/lib/dal/dashboard/headers";
import { getTargetDashboard } from "@/lib/dal/dashboard/target";
import { formatFigure, formatTargetValue } from "@/lib/domain/target-value";
import { sourceViewHref, targetQuoteKey } from "@/lib/domain/source-anchor";
import { formatDateTime, formatQuarter, m } from "@/lib/i18n";

interface Props {
  params: Promise<{ id: string }>;
}

const d = m.dashboard;
const c = d.columns;
export const metadata: Metadata = { title: d.title };

async function TargetFigures({ user, id }: { user: SessionUser; id: string }) {
  const view = await getTargetDashboard(user, id);
  if (!view) notFound();
  const { target: t, contributors, reports } = view;
  const points = chartPoints(t);
  const approvedQuarters = t.series.filter((s) => s.actual !== null).length;
  const projection = t.projection.kind === "PROJECTED" ? d.target.projected(formatActual(t.projection.value, null, t.unit), t.projection.at) : m.progressStatus.projection[t.projection.kind];
  return (
    <>
      <div className="grid gap-3 md:grid-cols-2">
        <Card title={c.status}>
          <div className="space-y-3">
            <div className="flex flex-wrap items-center gap-2">
              <StatusBadge status={t.status} />
              {t.stale && <span className="text-xs text-warn">{d.stale}</span>}
            </div>
            <ProgressBar progress={t.progress} expected={t.expected} />
            <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-500">{c.latest}</dt>
              <dd className="tabular-nums" data-testid="latest-figure">
                {formatLatest(t.latest, t.unit)}
                {reports.some((r) => r.isDemo) && <DemoMark />}
              </dd>
              <dt className="text-slate-500">{c.achievement}</dt>
              <dd className="tabular-nums">{percentOrDash(t.progress)}</dd>
              <dt className="text-slate-500">{c.expected}</dt>
              <dd className="tabular-nums">{percentOrDash(t.expected)}</dd>
              <dt className="text-slate-500">{d.target.projection}</dt>
              <dd>{projection}</dd>
              <dt className="text-slate-500">{d.target.aggregationLabel}</dt>
              <dd>{d.target.aggregation[t.aggregation]}</dd>
            </dl>
          </div>
        </Card>
        <Card title={d.target.source}>
          <SourceQuote quote={view.sourceQuote} file={view.sourceFile} href={sourceViewHref(t.plan.code, view.sourceFile, t.id, targetQuoteKey(t.id))} />
          <Link href={`/targets/${t.id}`} className="mt-3 inline-block text-sm text-brand-700 hover:underline">
            {d.target.viewTarget} →
          </Link>
        </Card>
      </div>
      <Card title={d.target.chartHeading}>
        {approvedQuarters < 2 || t.value === null ? (
          <p className="text-sm text-slate-500">{d.target.chartEmpty}</p>
        ) : (
          <>
            <LazyTargetProgressChart points={points} targetValue={t.value} labels={d.target.chartLegend} title={d.target.chartHeading} />
            <p className="mt-2 text-xs text-slate-500">{d.target.chartSummary(approvedQuarters)}</p>
          </>
        )}
      </Card>
      <Card title={d.target.contributors}>
        {contributors.length === 0 ? (
          <p className="text-sm text-slate-500">{d.empty.noOrganisations}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {contributors.map((p) => (
              <li key={p.assignmentId} className="flex flex-col gap-0.5 py-2 text-sm sm:flex-row sm:items-baseline sm:justify-between sm:gap-3">
                <span>
                  {p.kind === "HOSPITAL" ? (
                    <Link href={`/dashboard/hospitals/${p.orgId}`} className="text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                  ) : (
                    p.name
                  )}
                  {p.isLead && <span className="ml-1 rounded bg-brand-50 px-1 text-xs text-brand-800">{d.target.lead}</span>}
                  {p.shareValue !== null && <span className="ml-2 text-xs text-slate-500">{c.share} {formatFigure(p.shareValue)}</span>}
                </span>
                <span className="text-slate-700 tabular-nums">
                  {formatLatest(p.latest, t.unit)}
                  {p.pending && (
                    <span className="ml-2 rounded border border-dashed border-warn px-1 text-xs text-warn">
                      {d.target.pending(formatActual(p.pending.value, p.pending.milestoneDone, t.unit), formatQuarter(p.pending.year, p.pending.quarter))}
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <section id="reports" aria-labelledby="reports-heading" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="reports-heading" className="text-base font-semibold text-slate-900">
            {d.target.reports}
          </h2>
          {reports.length > 0 && <ExportLink view="target" params={{ id: t.id }} />}
        </div>
        {reports.length === 0 ? (
          <EmptyState title={d.empty.noReports} body={d.empty.noReportsBody} />
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-sm">
              <caption className="px-3 py-2 text-left text-xs text-slate-500">{d.target.reportsCaption}</caption>
              <thead className="bg-slate-50 text-left text-xs text-slate-500">
                <tr>
                  <th className="px-3 py-2 font-medium">{c.quarter}</th>
                  <th className="px-3 py-2 font-medium">{c.reporter}</th>
                  <th className="px-3 py-2 text-right font-medium">{c.value}</th>
                  <th className="hidden px-3 py-2 font-medium sm:table-cell">{c.reviewedAt}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {reports.map((r) => (
                  <tr key={r.id}>
                    <td className="px-3 py-2 whitespace-nowrap">{formatQuarter(r.year, r.quarter)}</td>
                    <td className="px-3 py-2">
                      {r.reporter}
                      {r.isDemo && <DemoMark />}
                      {r.submittedBy && <span className="block text-xs text-slate-500">{c.submittedBy} {r.submittedBy}</span>}
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatActual(r.value, r.milestoneDone, t.unit)}</td>
                    <td className="hidden px-3 py-2 text-xs text-slate-500 sm:table-cell">
                      {r.reviewedAt ? formatDateTime(r.reviewedAt) : "–"}
                      {r.reviewedBy && <span className="block">{r.reviewedBy}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/**
 * One target: its trend against the path, who contributes what, every report, and where it was
 * promised. Its name decides the 404 at once; the judged figures follow behind a skeleton.
 */
export default async function TargetDashboardPage({ params }: Props) {
  const user = await requirePermission("dashboard:read", "/dashboard/targets/[id]");
  const t = await getDashboardTargetHeader(user, (await params).id);
  if (!t) notFound();
  return (
    <div className="space-y-4">
      <div>
        <Breadcrumbs items={[{ label: d.title, href: "/dashboard" }, { label: t.plan.shortTitle, href: `/dashboard/plans/${encodeURIComponent(t.plan.code)}` }, { label: t.code }]} />
        <PageHeader title={t.metric} description={`${t.code} · ${c.targetValue} ${formatTargetValue(t)} · ${c.deadline} ${t.deadline}`} />
      </div>
      <Suspense fallback={<OverviewSkeleton />}>
        <TargetFigures user={user} id={t.id} />
      </Suspense>
    </div>
  );
}
