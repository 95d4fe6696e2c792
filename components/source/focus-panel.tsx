import Link from "next/link";
import type { PlanSourceView } from "@/lib/dal/plan-source";
import { quoteAnchorId } from "@/lib/domain/source-anchor";
import { m } from "@/lib/i18n";

const s = m.targets.source;

/** Which target the view was opened for, and every place its quotes appear in this file. */
export function FocusPanel({ focus, occurrences }: { focus: NonNullable<PlanSourceView["focus"]>; occurrences: Record<string, number> }) {
  const places = focus.keys.flatMap((key) => Array.from({ length: occurrences[key] ?? 0 }, (_, i) => quoteAnchorId(key, i + 1)));
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="text-xs text-slate-500">{s.focus}</span>
        <span className="font-mono text-xs text-slate-600">{focus.code}</span>
        <span className="font-medium text-slate-900">{focus.metric}</span>
        <Link href={`/targets/${focus.targetId}`} className="text-brand-700 hover:underline">
          {s.backToTarget} →
        </Link>
      </p>
      {places.length === 0 ? (
        <p className="mt-2 text-warn">{s.notInFile}</p>
      ) : (
        places.length > 1 && (
          <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-slate-700">
            <span>{s.occurrences(places.length)}</span>
            {places.map((id, i) => (
              <a key={id} href={`#${id}`} className="text-brand-700 hover:underline">
                {s.occurrence(i + 1)}
              </a>
            ))}
          </p>
        )
      )}
    </div>
  );
}
