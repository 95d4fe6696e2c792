import { UnitChips } from "@/components/plans/unit-chips";
import type { TargetDetail } from "@/lib/dal/targets";
import { formatFigure } from "@/lib/domain/target-value";
import { m } from "@/lib/i18n";

const t = m.targets.target;

/** Who answers for the target (responsible units, lead first) and who reports on it (Assignment). */
export function TargetParties({ target }: { target: TargetDetail }) {
  return (
    <div className="space-y-4 text-sm">
      <div>
        <h3 className="mb-1.5 text-xs text-slate-500">{t.units}</h3>
        {target.units.length > 0 ? <UnitChips units={target.units} /> : <p className="text-slate-500">{t.noUnits}</p>}
      </div>
      <div>
        <h3 className="mb-1.5 text-xs text-slate-500">{t.assignees}</h3>
        {target.assignees.length > 0 ? (
          <ul className="divide-y divide-slate-100">
            {target.assignees.map((a) => (
              <li key={`${a.kind}-${a.name}`} className="flex items-baseline justify-between gap-3 py-1.5">
                <span className="min-w-0 text-slate-800">{a.name}</span>
                <span className="shrink-0 text-xs text-slate-500">
                  {a.kind === "HOSPITAL" ? t.hospital : t.unit}
                  {a.shareValue !== null && ` · ${t.share(`${formatFigure(a.shareValue)} ${target.unit}`)}`}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-500">{t.noAssignees}</p>
        )}
      </div>
    </div>
  );
}
