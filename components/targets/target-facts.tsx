import type { TargetDetail } from "@/lib/dal/targets";
import { formatBaseline, formatMilestones, formatTargetValue } from "@/lib/domain/target-value";
import { formatDate, m } from "@/lib/i18n";

const t = m.targets.target;

/** Every field of the target that says what is to be achieved, by when and where. */
export function TargetFacts({ target }: { target: TargetDetail }) {
  const facts: { label: string; value: string | null }[] = [
    { label: t.deadlineYear, value: m.targets.deadline(target.deadlineYear) },
    { label: t.deadlineDate, value: target.deadlineDate ? formatDate(target.deadlineDate) : null },
    { label: t.kind, value: m.targets.kinds[target.kind] },
    { label: t.scope, value: target.scope },
    { label: t.scopeRegion, value: target.scopeRegionName },
    { label: t.scopeHospital, value: target.scopeHospitalName },
    { label: t.baseline, value: formatBaseline(target.baselineValue, target.unit, target.baselineYear) ?? t.noBaseline },
    { label: t.aggregation, value: m.targets.aggregation[target.aggregation] },
    {
      label: t.milestones,
      value: formatMilestones(target.milestones, target.unit) || null,
    },
    { label: t.version, value: String(target.version) },
  ];
  return (
    <div>
      <p className="text-xs text-slate-500">{t.comparatorValue}</p>
      <p className="mt-0.5 text-3xl font-semibold text-brand-800 tabular-nums">{formatTargetValue(target)}</p>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 border-t border-slate-100 pt-4 text-sm">
        {facts
          .filter((f) => f.value !== null)
          .map((f) => (
            <div key={f.label} className="min-w-0">
              <dt className="text-xs text-slate-500">{f.label}</dt>
              <dd className="mt-0.5 break-words text-slate-800">{f.value}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
