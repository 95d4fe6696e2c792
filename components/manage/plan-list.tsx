import Link from "next/link";
import type { ManagedPlanRow } from "@/lib/dal/manage/plans";
import { m } from "@/lib/i18n";
import type { TPlanListQuery } from "@/lib/validation/plans";
import { ArchivedBadge, ArchivedToggle, listHref } from "./list-controls";

const p = m.manage.plans;
const c = m.manage.common;
const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm";

/** /manage/plans with some parameters changed; defaults are left out. */
export function planListHref(q: TPlanListQuery, change: Partial<TPlanListQuery> = {}): string {
  const next = { ...q, page: 1, ...change };
  return listHref("/manage/plans", {
    q: next.q,
    archived: next.archived ? "1" : null,
    sort: next.sort !== "startYear" ? next.sort : null,
    dir: next.dir !== "desc" ? next.dir : null,
    page: next.page > 1 ? String(next.page) : null,
  });
}

/** A plain GET form: the search lives in the URL, so a list can be bookmarked and shared. */
export function PlanFilterForm({ query, total }: { query: TPlanListQuery; total: number }) {
  return (
    <form method="get" action="/manage/plans" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:grid-cols-[1fr_auto] sm:items-end">
      <label className="block text-sm font-medium text-slate-700">
        {c.search}
        <input name="q" defaultValue={query.q} placeholder={p.searchPlaceholder} className={input} />
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
          {c.filter}
        </button>
        <Link href="/manage/plans" className="text-sm text-brand-700 hover:underline">
          {c.clear}
        </Link>
      </div>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <ArchivedToggle checked={query.archived} total={total} className="sm:col-span-2" />
    </form>
  );
}

/** One row per plan on a wide screen, a stacked card on a phone. */
export function PlanTable({ rows }: { rows: ManagedPlanRow[] }) {
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs">
      {rows.map((r) => (
        <li key={r.id} className="grid gap-1 px-4 py-3 sm:grid-cols-[8rem_minmax(0,1fr)_9rem_11rem] sm:items-center sm:gap-4">
          <span className="font-mono text-xs text-slate-500">{r.code}</span>
          <span className="min-w-0">
            <Link href={`/manage/plans/${r.id}`} className="font-medium text-brand-700 hover:underline">
              {r.title}
            </Link>
            {r.archivedAt && <ArchivedBadge />}
            <span className="block text-xs text-slate-500">
              {[r.documentNumber, r.issuer].filter(Boolean).join(" · ")}
            </span>
          </span>
          <span className="text-sm text-slate-600">
            {r.regionName} · {p.period(r.startYear, r.endYear)}
          </span>
          <span className="text-xs text-slate-500">{p.counts(r.sectionCount, r.taskCount, r.targetCount)}</span>
        </li>
      ))}
    </ul>
  );
}
