import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { PlanList } from "@/components/plans/plan-list";
import { StatGrid } from "@/components/ui/stat-grid";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listPlanSummaries, scopeTotals } from "@/lib/dal/plans";
import { formatNumber, m } from "@/lib/i18n";

export const metadata: Metadata = { title: m.nav.overview };

/** Each role's home. The role-specific work pages arrive with their issues (#4–#7). */
export default async function HomePage() {
  const user = await requireUser();
  const plans = await listPlanSummaries(user);
  const totals = await scopeTotals(user, plans);
  return (
    <div className="space-y-6">
      <PageHeader title={m.home.welcome(user.displayName)} description={`${m.roles[user.role]} · ${m.home.roleIntro[user.role]}`} />
      <StatGrid
        stats={[
          { label: m.home.planCount, value: formatNumber(totals.plans) },
          { label: m.home.taskCount, value: formatNumber(totals.tasks) },
          { label: m.home.targetCount, value: formatNumber(totals.targets) },
          { label: m.home.hospitalCount, value: formatNumber(totals.hospitals) },
        ]}
      />
      <section aria-labelledby="plans-heading" className="space-y-3">
        <h2 id="plans-heading" className="text-lg font-semibold text-slate-900">
          {m.home.plansHeading}
        </h2>
        <PlanList plans={plans} linked={can(user, "plan:read")} />
      </section>
    </div>
  );
}
