import type { EditableTarget } from "@/lib/dal/manage/targets";
import type { TargetRevisionSnapshot } from "@/lib/domain/target-in-force";
import { changedParts, citationChanges, type RevisionPart } from "@/lib/domain/target-revision";
import { formatBaseline, formatMilestones, formatTargetValue } from "@/lib/domain/target-value";
import { formatDate, m } from "@/lib/i18n";

const t = m.manage.target;
const rp = m.manage.revisionParts;

type Snapshot = Partial<TargetRevisionSnapshot>;

/** The target's revisions, newest first: what each changed, from what to what, why, and who changed it. */
export function RevisionList({ target }: { target: EditableTarget }) {
  if (target.revisions.length === 0) return <p className="text-sm text-slate-500">{t.noRevisions}</p>;
  const or = (text: string) => text || rp.none;
  const describe: Record<Exclude<RevisionPart, "citations">, (v: Snapshot) => string> = {
    figures: (v) =>
      `${formatTargetValue({ comparator: v.comparator ?? target.comparator, value: v.value ?? null, valueHigh: v.valueHigh ?? null, unit: target.unit, kind: v.kind ?? target.kind })} · ${m.targets.deadline(v.deadlineYear ?? target.deadlineYear)}`,
    baseline: (v) => formatBaseline(v.baselineValue ?? null, target.unit, v.baselineYear ?? null) ?? rp.none,
    milestones: (v) => or(formatMilestones(v.milestones ?? [], target.unit)),
    units: (v) => or((v.units ?? []).map((u) => (u.isLead ? `${u.name}（${m.manage.taskUnits.lead}）` : u.name)).join("、")),
  };
  return (
    <ol className="space-y-3">
      {target.revisions.map((r) => {
        // Revisions from before the parts were recorded list the figures, which they always changed.
        const parts = changedParts(r.before, r.after);
        return (
          <li key={r.version} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="text-xs text-slate-500">{t.revisionLine(r.version, formatDate(r.effectiveFrom), r.changedBy ?? "—")}</p>
            <dl className="mt-1 space-y-1">
              {(parts.length > 0 ? parts : (["figures"] as const)).map((part) => (
                <div key={part} className="min-w-0">
                  <dt className="text-xs text-slate-500">{rp[part]}</dt>
                  <dd className="break-words text-slate-800">
                    {part === "citations" ? (
                      <Citations before={r.before.citations ?? []} after={r.after.citations ?? []} />
                    ) : (
                      <>
                        <span className="text-slate-500 line-through">{describe[part](r.before)}</span>
                        <span className="mx-2 text-slate-400">→</span>
                        <span className="font-medium">{describe[part](r.after)}</span>
                      </>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="mt-1 text-slate-600">{r.reason}</p>
          </li>
        );
      })}
    </ol>
  );
}

function Citations({ before, after }: { before: TargetRevisionSnapshot["citations"]; after: TargetRevisionSnapshot["citations"] }) {
  const { added, removed, reordered } = citationChanges(before, after);
  const quoted = (c: { sourceFile: string; quote: string }) => `《${m.targets.fileLabels[c.sourceFile] ?? c.sourceFile}》“${c.quote}”`;
  return (
    <ul className="space-y-0.5">
      {added.map((c) => (
        <li key={`+${c.sourceFile}${c.quote}`}>
          {rp.added}：{quoted(c)}
        </li>
      ))}
      {removed.map((c) => (
        <li key={`-${c.sourceFile}${c.quote}`} className="text-slate-500">
          {rp.removed}：<span className="line-through">{quoted(c)}</span>
        </li>
      ))}
      {reordered && <li>{rp.reordered}</li>}
    </ul>
  );
}
