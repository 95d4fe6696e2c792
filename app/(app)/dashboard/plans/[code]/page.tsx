import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { DashboardTabs } from "@/components/dashboard/dashboard-tabs";
import { DemoNote } from "@/components/dashboard/demo-mark";
import { ExportLink } from "@/components/dashboard/export-link";
import { activeFilterLabels, PlanFilterForm } from "@/components/dashboard/plan-filter-form";
import { PrintButton } from "@/components/dashboard/print-button";
import { PrintNote } from "@/components/dashboard/print-note";
import { RowsSkeleton } from "@/components/dashboard/skeletons";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { TargetRows } from "@/components/dashboard/target-rows";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDemoFigureTargets } from "@/lib/dal/dashboard/demo-figures";
import { getDashboardPlanHeader } from "@/lib/dal/dashboard/headers";
import { getPlanDashboard } from "@/lib/dal/dashboard/plan";
import { PROGRESS_STATUSES } from "@/lib/domain/progress";
import { m } from "@/lib/i18n";
import { firstValues, parsePlanDashboardQuery, type TPlanDashboardQuery } from "@/lib/validation/dashboard";

interface Props {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const d = m.dashboard;
export const metadata: Metadata = { title: d.title };

async function PlanTargets({ user, code, query }: { user: SessionUser; code: string; query: TPlanDashboardQuery }) {
  const [view, demo] = await Promise.all([getPlanDashboard(user, code, query), getDemoFigureTargets(user)]);
  if (!view) notFound();
  const total = PROGRESS_STATUSES.reduce((n, s) => n + view.counts[s], 0);
  return (
    <>
      <PrintNote filters={activeFilterLabels(query, view.options)} />
      <DemoNote show={view.rows.some((r) => demo.has(r.id))} />
      <ul className="flex flex-wrap gap-2" aria-label={d.plan.statusList}>
        {PROGRESS_STATUSES.map((s) => (
          <li key={s} className="flex items-center gap-1 text-sm">
            <StatusBadge status={s} />
            <span className="tabular-nums">{view.counts[s]}</span>
          </li>
        ))}
      </ul>
      <PlanFilterForm action={`/dashboard/plans/${encodeURIComponent(code)}`} query={query} options={view.options} />
      <p className="text-sm text-slate-600" aria-live="polite">
        {d.filters.shown(view.rows.length, total)}
      </p>
      {view.rows.length === 0 ? <EmptyState title={d.empty.noRows} body={d.empty.noRowsBody} /> : <TargetRows rows={view.rows} demo={demo} />}
    </>
  );
}

/**
 * One plan's targets as rows: status, progress against the expected marker, latest figure,
 * deadline. The plan's name decides the 404 at once; the judged rows follow behind a skeleton,
 * again on every change of the filters.
 */
export default async function PlanDashboardPage({ params, searchParams }: Props) {
  const user = await requirePermission("dashboard:read", "/dashboard/plans/[code]");
  const code = (await params).code;
  const raw = await searchParams;
  const query = parsePlanDashboardQuery(raw);
  const plan = await getDashboardPlanHeader(user, code);
  if (!plan) notFound();
  const exportParams = { ...Object.fromEntries(Object.entries(firstValues(raw)).filter((e): e is [string, string] => Boolean(e[1]))), plan: code };
  return (
    <div className="space-y-4 print:space-y-2">
      <div>
        <Breadcrumbs items={[{ label: d.title, href: "/dashboard" }, { label: plan.shortTitle }]} />
        <PageHeader
          title={plan.shortTitle}
          description={`${plan.title} · ${plan.startYear}–${plan.endYear}`}
          actions={
            <>
              <ExportLink view="plan" params={exportParams} />
              <PrintButton />
            </>
          }
        />
      </div>
      <DashboardTabs current={null} />
      <Suspense key={new URLSearchParams(exportParams).toString()} fallback={<RowsSkeleton rows={8} />}>
        <PlanTargets user={user} code={code} query={query} />
      </Suspense>
    </div>
  );
}
