import { m } from "@/lib/i18n";

export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{m.errors.loading}</span>
      <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-20 animate-pulse rounded-lg bg-slate-200" />
        ))}
      </div>
      <div className="h-40 animate-pulse rounded-lg bg-slate-200" />
    </div>
  );
}
