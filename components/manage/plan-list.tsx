import Link from "next/link";
import type { ManagedPlanRow } from "@/lib/dal/manage/plans";
import { m } from "@/lib/i18n";
import { PLAN_SORTS, type TPlanListQuery } from "@/lib/validation/plans";
import { ArchivedTag, ListFilterForm, listHref } from "./list-controls";

const p = m.manage.plans;

export const planListHref = (q: TPlanListQuery, change: Partial<TPlanListQuery> = {}) => listHref("/manage/plans", q, PLAN_SORTS[0], change);

export function PlanFilterForm({ query, total }: { query: TPlanListQuery; total: number }) {
  return <ListFilterForm path="/manage/plans" query={query} total={total} searchPlaceholder={p.searchPlaceholder} />;
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
            {r.archivedAt && <ArchivedTag />}
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
