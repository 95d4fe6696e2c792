import { formatPercent, m } from "@/lib/i18n";

/**
 * Achievement as a bar with the expected-progress marker: the bar is what was achieved, the
 * dark tick where the straight path says the target should be by now. Text says the same.
 */
export function ProgressBar({ progress, expected }: { progress: number | null; expected: number | null }) {
  const p = progress ?? 0;
  const label =
    progress === null ? m.dashboard.progress.none : expected === null ? m.dashboard.progress.barNoExpected(formatPercent(p)) : m.dashboard.progress.bar(formatPercent(p), formatPercent(expected));
  return (
    <div className="min-w-0">
      <div role="img" aria-label={label} className="relative h-2.5 w-full overflow-visible rounded-full bg-slate-200 print:border print:border-slate-400">
        <div className="h-full rounded-full bg-brand-600 print:bg-slate-700" style={{ width: `${Math.round(p * 100)}%` }} />
        {expected !== null && (
          <div aria-hidden className="absolute -top-1 h-4.5 w-0.5 bg-slate-900" style={{ left: `calc(${Math.round(expected * 100)}% - 1px)` }} />
        )}
      </div>
      <p className="mt-1 text-xs text-slate-500 tabular-nums">{label}</p>
    </div>
  );
}
