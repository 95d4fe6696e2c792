import { ResultsSkeleton } from "@/components/audit/results-skeleton";
import { m } from "@/lib/i18n";

export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{m.errors.loading}</span>
      <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
      <div className="h-16 animate-pulse rounded-lg bg-slate-200" />
      <div className="h-36 animate-pulse rounded-lg bg-slate-200 sm:h-28" />
      <ResultsSkeleton />
    </div>
  );
}
