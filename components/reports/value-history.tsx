import type { ValueHistoryRow } from "@/lib/dal/reports/history";
import { trimDecimal } from "@/lib/domain/report-values";
import { m } from "@/lib/i18n";

const f = m.reports.form;

/** A target's values across quarters, on demand (pending ones marked by their status). */
export function ValueHistory({ rows, unit, milestone }: { rows: ValueHistoryRow[] | undefined; unit: string; milestone: boolean }) {
  if (!rows || rows.length === 0) return null;
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-brand-700 hover:underline">{f.history}（{rows.length}）</summary>
      <ul className="mt-1 space-y-0.5 border-l-2 border-slate-100 pl-3 text-slate-600">
        {rows.map((r) => (
          <li key={r.periodId}>
            {r.label}：
            {milestone ? (r.milestoneDone === null ? "—" : r.milestoneDone ? `${f.done}${r.milestoneDate ? ` ${r.milestoneDate}` : ""}` : f.notDone) : r.value === null ? "—" : `${trimDecimal(r.value)} ${unit}`}
            <span className="ml-1 text-xs text-slate-500">（{m.reports.status[r.status]}）</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
