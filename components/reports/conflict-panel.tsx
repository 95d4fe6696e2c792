import type { ReportForm } from "@/lib/dal/reports/types";
import { trimDecimal } from "@/lib/domain/report-values";
import { m } from "@/lib/i18n";
import type { FormDraft } from "./form-state";

const f = m.reports.form;

/** A stale save: the stored version next to the user's input, for every field that differs. */
export function ConflictPanel({ theirs, mine, onKeepMine, onTakeTheirs }: { theirs: ReportForm; mine: FormDraft; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const rows: { label: string; stored: string; yours: string }[] = [];
  for (const item of theirs.items) {
    const stored = item.current;
    const yours = mine.values[item.assignmentId];
    if (!yours) continue;
    const s = item.kind === "MILESTONE" ? doneText(stored.milestoneDone) : trimDecimal(stored.value ?? "");
    const y = item.kind === "MILESTONE" ? doneText(yours.milestoneDone) : yours.value;
    if (s !== y || (stored.note ?? "") !== yours.note) rows.push({ label: item.metric, stored: [s, stored.note].filter(Boolean).join(" · "), yours: [y, yours.note].filter(Boolean).join(" · ") });
  }
  for (const field of ["progress", "problems", "nextSteps"] as const) {
    if (theirs[field] !== mine[field]) rows.push({ label: f[field], stored: theirs[field], yours: mine[field] });
  }
  return (
    <section role="alert" className="rounded-lg border border-bad/40 bg-red-50 p-4 text-sm">
      <h2 className="font-semibold text-bad">{f.conflictTitle}</h2>
      <p className="mt-1 text-slate-700">{f.conflictBody}</p>
      <dl className="mt-3 space-y-2">
        {rows.map((r) => (
          <div key={r.label} className="rounded bg-white p-2">
            <dt className="font-medium text-slate-800">{r.label}</dt>
            <dd className="text-slate-600">{f.conflictTheirs}：{r.stored || "—"}</dd>
            <dd className="text-slate-900">{r.yours || "—"}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} className="rounded-md bg-brand-700 px-3 py-2 text-white hover:bg-brand-800">{f.conflictKeep}</button>
        <button type="button" onClick={onTakeTheirs} className="rounded-md border border-slate-300 bg-white px-3 py-2 hover:bg-slate-50">{f.takeTheirs}</button>
      </div>
    </section>
  );
}

const doneText = (d: boolean | null) => (d === null ? "" : d ? f.done : f.notDone);
