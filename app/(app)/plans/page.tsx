import type { Metadata } from "next";
import { PlanList } from "@/components/plans/plan-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listPlanSummaries } from "@/lib/dal/plans";
import { m } from "@/lib/i18n";

export const metadata: Metadata = { title: m.targets.planList.title };

export default async function PlansPage() {
  const user = await requirePermission("plan:read", "/plans");
  const plans = await listPlanSummaries(user);
  return (
    <div className="space-y-6">
      <PageHeader
        title={m.targets.planList.title}
        description={m.targets.planList.description}
        actions={
          can(user, "target:export") ? (
            <a href="/api/targets/export?format=xlsx" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-50">
              {m.targetExport.downloadAll}
            </a>
          ) : undefined
        }
      />
      <PlanList plans={plans} />
    </div>
  );
}
