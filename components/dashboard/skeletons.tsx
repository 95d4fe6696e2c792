import { m } from "@/lib/i18n";

/**
 * The dashboards' loading states: the shape of what is coming (figures, panels, rows), announced
 * once to screen readers, so a slow figure never leaves the page blank.
 */
function Loading({ label, children }: { label?: string; children: React.ReactNode }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{label ?? m.errors.loading}</span>
      {children}
    </div>
  );
}

const bar = "animate-pulse rounded bg-slate-200";

/** A plan's overview: title, four figures, three panels. */
export function OverviewSkeleton() {
  return (
    <Loading>
      <div className={`h-6 w-56 max-w-full ${bar}`} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className={`h-20 ${bar}`} />
        ))}
      </div>
      <div className="grid gap-3 lg:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className={`h-56 ${bar} bg-slate-200/80`} />
        ))}
      </div>
    </Loading>
  );
}

/** A list or table of rows (organisations, counties, the cross-plan families). */
export function RowsSkeleton({ rows = 6, label }: { rows?: number; label?: string }) {
  return (
    <Loading label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={`h-14 ${bar} bg-slate-200/80`} />
      ))}
    </Loading>
  );
}
