import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { PlanSummary } from "@/lib/dal/plans";
import { m } from "@/lib/i18n";

/** Plan cards; `linked` when the user may open the plan pages (plan:read). */
export function PlanList({ plans, linked = true }: { plans: PlanSummary[]; linked?: boolean }) {
  if (plans.length === 0) return <EmptyState title={m.plans.emptyTitle} body={m.plans.emptyBody} />;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {plans.map((p) => (
        <li
          key={p.id}
          className={`relative rounded-lg border border-slate-200 bg-white p-4 shadow-xs ${linked ? "transition hover:border-brand-600/50 hover:shadow-sm" : ""}`}
        >
          <p className="text-xs font-medium text-brand-700">
            {p.regionName} · {m.home.period(p.startYear, p.endYear)}
          </p>
          <h3 className="mt-1 font-semibold leading-snug text-slate-900">
            {linked ? (
              // The link covers the whole card (after:inset-0) so the card is one large target on a phone.
              <Link href={`/plans/${p.code}`} className="after:absolute after:inset-0 after:rounded-lg hover:text-brand-700">
                {p.title}
              </Link>
            ) : (
              p.title
            )}
          </h3>
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
