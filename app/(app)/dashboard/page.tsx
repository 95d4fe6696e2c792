import type { Metadata } from "next";
import { Suspense } from "react";
import { CrossPlanGrid } from "@/components/dashboard/cross-plan-grid";
import { DemoNote } from "@/components/dashboard/demo-mark";
import { DashboardTabs } from "@/components/dashboard/dashboard-tabs";
import { ExportLink } from "@/components/dashboard/export-link";
import { PlanOverviewSection } from "@/components/dashboard/plan-overview";
import { PrintButton } from "@/components/dashboard/print-button";
import { PrintNote } from "@/components/dashboard/print-note";
import { OverviewSkeleton, RowsSkeleton } from "@/components/dashboard/skeletons";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { getCrossPlanComparison } from "@/lib/dal/dashboard/cross-plan";
import { getDemoFigureTargets } from "@/lib/dal/dashboard/demo-figures";
import { getDashboardOverview } from "@/lib/dal/dashboard/overview";
import { m } from "@/lib/i18n";

export const metadata: Metadata = { title: m.dashboard.title };

const d = m.dashboard;

async function Plans({ user }: { user: SessionUser }) {
  const [plans, demo] = await Promise.all([getDashboardOverview(user), getDemoFigureTargets(user)]);
  if (plans.length === 0) return <EmptyState title={d.empty.noPlans} body={d.empty.noPlansBody} />;
  return (
    <>
      <DemoNote show={demo.size > 0} />
      {plans.map((p) => (
        <PlanOverviewSection key={p.code} plan={p} demo={demo} />
      ))}
    </>
  );
}

async function CrossPlan({ user }: { user: SessionUser }) {
  const [view, demo] = await Promise.all([getCrossPlanComparison(user), getDemoFigureTargets(user)]);
  if (view.rows.length === 0) return <EmptyState title={d.crossPlan.none} />;
  return (
    <>
      {view.plans.length === 1 && <p className="text-sm text-slate-600">{d.crossPlan.onlyOwn}</p>}
      <CrossPlanGrid view={view} demo={demo} />
    </>
  );
}

/**
 * The leaders' overview: for each plan of their region, how many targets stand where, then the
 * plans side by side on the measures they share. Each part streams in behind its own skeleton.
 */
export default async function DashboardPage() {
  const user = await requirePermission("dashboard:read", "/dashboard");
  return (
    <div className="space-y-5 print:space-y-3">
      <PageHeader title={d.title} description={d.intro(user.regionName)} actions={<PrintButton />} />
      <DashboardTabs current="overview" />
      <PrintNote />
      <Suspense fallback={<OverviewSkeleton />}>
        <Plans user={user} />
      </Suspense>
      <section aria-labelledby="cross-plan-heading" className="space-y-3 break-inside-avoid-page">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="cross-plan-heading" className="text-lg font-semibold text-slate-900">
            {d.crossPlan.heading}
          </h2>
          <ExportLink view="crossPlan" />
        </div>
        <p className="text-sm text-slate-600">{d.crossPlan.intro}</p>
        <Suspense fallback={<RowsSkeleton rows={3} label={d.crossPlan.loading} />}>
          <CrossPlan user={user} />
        </Suspense>
      </section>
    </div>
  );
}
