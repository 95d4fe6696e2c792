import { EmptyState } from "@/components/ui/empty-state";
import type { PlanSummary } from "@/lib/dal/plans";
import { m } from "@/lib/i18n";

export function PlanList({ plans }: { plans: PlanSummary[] }) {
  if (plans.length === 0) return <EmptyState title={m.plans.emptyTitle} body={m.plans.emptyBody} />;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {plans.map((p) => (
        <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
          <p className="text-xs font-medium text-brand-700">
            {p.regionName} · {m.home.period(p.startYear, p.endYear)}
          </p>
          <h3 className="mt-1 font-semibold leading-snug text-slate-900">{p.title}</h3>
          <p className="mt-1 text-sm text-slate-500">
            {[p.documentNumber, p.issuer].filter(Boolean).join(" · ")}
          </p>
          <p className="mt-3 flex gap-4 text-sm text-slate-700">
            <span>{m.plans.tasks(p.taskCount)}</span>
            <span>{m.home.targetsOfPlan(p.targetCount)}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
