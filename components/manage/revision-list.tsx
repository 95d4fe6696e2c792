import type { EditableTarget } from "@/lib/dal/manage/targets";
import type { RevisableTargetFields } from "@/lib/domain/target-in-force";
import { formatTargetValue } from "@/lib/domain/target-value";
import { formatDate, m } from "@/lib/i18n";

const t = m.manage.target;

/** The target's revisions, newest first: what it said before, what it says since, why, and who changed it. */
export function RevisionList({ target }: { target: EditableTarget }) {
  if (target.revisions.length === 0) return <p className="text-sm text-slate-500">{t.noRevisions}</p>;
  const describe = (v: Partial<RevisableTargetFields>) =>
    `${formatTargetValue({ comparator: v.comparator ?? target.comparator, value: v.value ?? null, valueHigh: v.valueHigh ?? null, unit: target.unit, kind: v.kind ?? target.kind })} · ${m.targets.deadline(v.deadlineYear ?? target.deadlineYear)}`;
  return (
    <ol className="space-y-3">
      {target.revisions.map((r) => (
        <li key={r.version} className="rounded-md border border-slate-200 p-3 text-sm">
          <p className="text-xs text-slate-500">{t.revisionLine(r.version, formatDate(r.effectiveFrom), r.changedBy ?? "—")}</p>
          <p className="mt-1 text-slate-800">
            <span className="text-slate-500 line-through">{describe(r.before)}</span>
            <span className="mx-2 text-slate-400">→</span>
            <span className="font-medium">{describe(r.after)}</span>
          </p>
          <p className="mt-1 text-slate-600">{r.reason}</p>
        </li>
      ))}
    </ol>
  );
}
