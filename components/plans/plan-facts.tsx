import type { PlanHeader } from "@/lib/dal/plans";
import { formatDate, m } from "@/lib/i18n";

/** The plan's document particulars: 文号, issuer, date, period, region. */
export function PlanFacts({ plan }: { plan: PlanHeader }) {
  const p = m.targets.plan;
  const facts: { label: string; value: string | null }[] = [
    { label: p.documentNumber, value: plan.documentNumber },
    { label: p.issuer, value: plan.issuer },
    { label: p.issuedOn, value: plan.issuedOn ? formatDate(plan.issuedOn) : null },
    { label: p.period, value: m.home.period(plan.startYear, plan.endYear) },
    { label: p.region, value: plan.regionName },
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-xs sm:grid-cols-3 lg:grid-cols-5">
      {facts.filter((f) => f.value !== null).map((f) => (
        <div key={f.label} className="min-w-0">
          <dt className="text-xs text-slate-500">{f.label}</dt>
          <dd className="mt-0.5 break-words text-slate-800">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
