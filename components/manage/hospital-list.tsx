import Link from "next/link";
import type { ManagedHospitalRow } from "@/lib/dal/manage/hospitals";
import { HospitalKind, HospitalLevel } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { HOSPITAL_SORTS, type THospitalListQuery } from "@/lib/validation/hospitals";
import { ArchivedTag, FilterSelect, ListFilterForm, listHref, SortLinks } from "./list-controls";

const h = m.manage.hospitals;

export const hospitalListHref = (q: THospitalListQuery, change: Partial<THospitalListQuery> = {}) => listHref("/manage/hospitals", q, HOSPITAL_SORTS[0], change);

export function HospitalFilterForm({ query, total }: { query: THospitalListQuery; total: number }) {
  return (
    <ListFilterForm path="/manage/hospitals" query={query} total={total} searchPlaceholder={h.searchPlaceholder}>
      <FilterSelect name="kind" label={h.kind} value={query.kind} all={h.allKinds} options={Object.values(HospitalKind).map((k) => ({ value: k, label: m.manage.hospitalKinds[k] }))} />
      <FilterSelect name="level" label={h.level} value={query.level} all={h.allLevels} options={Object.values(HospitalLevel).map((l) => ({ value: l, label: m.manage.hospitalLevels[l] }))} />
    </ListFilterForm>
  );
}

export function HospitalSortLinks({ query }: { query: THospitalListQuery }) {
  return <SortLinks sorts={HOSPITAL_SORTS} labels={h.sorts} query={query} hrefFor={(change) => hospitalListHref(query, change)} />;
}

/** A table on wide screens, stacked cards on a phone. */
export function HospitalTable({ rows }: { rows: ManagedHospitalRow[] }) {
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs">
      {rows.map((r) => (
        <li key={r.id} className="grid gap-1 px-4 py-3 sm:grid-cols-[8rem_minmax(0,1fr)_8rem_7rem_6rem] sm:items-center sm:gap-4">
          <span className="font-mono text-xs text-slate-500">{r.code}</span>
          <span className="min-w-0">
            <Link href={`/manage/hospitals/${r.id}`} className="font-medium text-brand-700 hover:underline">
              {r.name}
            </Link>
            {r.archivedAt && <ArchivedTag />}
            {r.shortName && <span className="ml-2 text-xs text-slate-500">{r.shortName}</span>}
          </span>
          <span className="text-sm text-slate-600">{r.regionName}</span>
          <span className="text-sm text-slate-600">
            {m.manage.hospitalKinds[r.kind]}
            {r.level && ` · ${m.manage.hospitalLevels[r.level]}`}
          </span>
          <span className="text-xs text-slate-500">{h.assignments(r.assignmentCount)}</span>
        </li>
      ))}
    </ul>
  );
}
