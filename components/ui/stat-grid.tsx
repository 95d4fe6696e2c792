export interface Stat {
  label: string;
  value: string;
  hint?: string;
}

export function StatGrid({ stats }: { stats: Stat[] }) {
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4 print:grid-cols-4">
      {stats.map((s) => (
        <div key={s.label} className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs">
          <dt className="text-xs text-slate-500 sm:text-sm">{s.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-brand-800">{s.value}</dd>
          {s.hint && <dd className="mt-0.5 text-xs text-slate-500">{s.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
