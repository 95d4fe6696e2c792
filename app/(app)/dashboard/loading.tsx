import { m } from "@/lib/i18n";

/** The dashboard's shape while the figures load: header, four figures, three panels. */
export default function DashboardLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{m.errors.loading}</span>
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="h-9 w-full animate-pulse rounded bg-slate-100" />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-20 animate-pulse rounded-lg bg-slate-200" />
        ))}
      </div>
      <div className="grid gap-3 lg:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-56 animate-pulse rounded-lg bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
