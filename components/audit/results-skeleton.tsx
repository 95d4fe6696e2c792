import { m } from "@/lib/i18n";

/** Shown while a page of events loads (a new filter or page). */
export function ResultsSkeleton() {
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <span className="sr-only">{m.errors.loading}</span>
      <div className="h-4 w-64 max-w-full animate-pulse rounded bg-slate-200" />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <div key={i} className="h-12 animate-pulse rounded-md bg-slate-200/80" />
      ))}
    </div>
  );
}
