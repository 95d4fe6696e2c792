import Link from "next/link";
import type { TargetFilter } from "@/lib/domain/target-filter";
import { TargetKind } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";

/** A plain GET form: the filter lives in the URL, so a filtered view can be bookmarked or sent on. */
export function TargetFilterForm({ action, filter, shown, total }: { action: string; filter: TargetFilter; shown: number; total: number }) {
  const p = m.targets.plan;
  const active = filter.text !== "" || filter.kind !== null;
  return (
    <form action={action} method="get" role="search" aria-label={p.filterLabel} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-xs">
      <label className="flex min-w-0 flex-1 basis-56 flex-col gap-1 text-xs text-slate-500">
        {p.filterText}
        <input
          type="search"
          name="q"
          defaultValue={filter.text}
          placeholder={p.filterTextPlaceholder}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 placeholder:text-slate-400"
        />
      </label>
      <label className="flex basis-36 flex-col gap-1 text-xs text-slate-500 max-sm:flex-1">
        {p.filterKind}
        <select name="kind" defaultValue={filter.kind ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900">
          <option value="">{p.allKinds}</option>
          {Object.values(TargetKind).map((k) => (
            <option key={k} value={k}>
              {m.targets.kinds[k]}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
          {p.filterSubmit}
        </button>
        {active && (
          <Link href={action} className="text-sm text-brand-700 hover:underline">
            {p.filterClear}
          </Link>
        )}
      </div>
      <p className="w-full text-xs text-slate-500" aria-live="polite">
        {p.filterResult(shown, total)}
      </p>
    </form>
  );
}
