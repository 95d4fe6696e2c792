import Link from "next/link";
import type { ManagedUnitRow } from "@/lib/dal/manage/units";
import type { RegionOption } from "@/lib/dal/region-options";
import { UnitKind } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { UNIT_SORTS, type TUnitListQuery } from "@/lib/validation/units";
import { ArchivedTag, FilterSelect, ListFilterForm, listHref, SortLinks } from "./list-controls";

const u = m.manage.units;

export const unitListHref = (q: TUnitListQuery, change: Partial<TUnitListQuery> = {}) => listHref("/manage/units", q, UNIT_SORTS[0], change);

export function UnitFilterForm({ query, total, regions }: { query: TUnitListQuery; total: number; regions: RegionOption[] }) {
  return (
    <ListFilterForm path="/manage/units" query={query} total={total} searchPlaceholder={u.searchPlaceholder}>
      <FilterSelect name="kind" label={u.kind} value={query.kind} all={u.allKinds} options={Object.values(UnitKind).map((k) => ({ value: k, label: m.manage.unitKinds[k] }))} />
      <FilterSelect name="region" label={u.region} value={query.region} all={u.allRegions} options={regions.map((r) => ({ value: r.id, label: r.name }))} />
    </ListFilterForm>
  );
}

export function UnitSortLinks({ query }: { query: TUnitListQuery }) {
  return <SortLinks sorts={UNIT_SORTS} labels={u.sorts} query={query} hrefFor={(change) => unitListHref(query, change)} />;
}

/** Columns on a wide screen, stacked lines on a phone; what each unit carries, in words. */
export function UnitTable({ rows }: { rows: ManagedUnitRow[] }) {
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs">
      {rows.map((r) => (
        <li key={r.id} className="grid gap-1 px-4 py-3 sm:grid-cols-[minmax(0,1.6fr)_7rem_minmax(0,1fr)_minmax(0,1.2fr)] sm:items-center sm:gap-4">
          <span className="min-w-0">
            <Link href={`/manage/units/${r.id}`} className="font-medium text-brand-700 hover:underline">
              {r.name}
            </Link>
            {r.archivedAt && <ArchivedTag />}
            {r.fullName && <span className="block truncate text-xs text-slate-500">{r.fullName}</span>}
          </span>
          {/* One line on a phone; two columns from sm up (the wrapper dissolves into the grid). */}
          <span className="text-sm text-slate-600 sm:contents">
            <span>{r.regionName}</span>
            <span className="sm:hidden"> · </span>
            <span>{m.manage.unitKinds[r.kind]}</span>
          </span>
          <span className="text-xs text-slate-500">
            {u.leads(r.leads)} · {u.coLeads(r.coLeads)} · {u.assignments(r.assignments)}
          </span>
        </li>
      ))}
    </ul>
  );
}
