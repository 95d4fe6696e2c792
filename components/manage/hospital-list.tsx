import Link from "next/link";
import type { ManagedHospitalRow } from "@/lib/dal/manage/hospitals";
import { HospitalKind, HospitalLevel } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { HOSPITAL_SORTS, type THospitalListQuery } from "@/lib/validation/hospitals";
import { ArchivedBadge, ArchivedToggle, listHref, SortLinks } from "./list-controls";

const h = m.manage.hospitals;
const c = m.manage.common;

/** The list's URL with some parameters changed; defaults are left out. */
export function hospitalListHref(q: THospitalListQuery, change: Partial<THospitalListQuery> = {}): string {
  const next = { ...q, page: 1, ...change };
  return listHref("/manage/hospitals", {
    q: next.q,
    kind: next.kind,
    level: next.level,
    archived: next.archived ? "1" : null,
    sort: next.sort !== "name" ? next.sort : null,
    dir: next.dir !== "asc" ? next.dir : null,
    page: next.page > 1 ? String(next.page) : null,
  });
}

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function HospitalFilterForm({ query, total }: { query: THospitalListQuery; total: number }) {
  const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm";
  return (
    <form method="get" action="/manage/hospitals" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <label className="block text-sm font-medium text-slate-700">
        {c.search}
        <input name="q" defaultValue={query.q} placeholder={h.searchPlaceholder} className={input} />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {h.kind}
        <select name="kind" defaultValue={query.kind ?? ""} className={input}>
          <option value="">{h.allKinds}</option>
          {Object.values(HospitalKind).map((k) => (
            <option key={k} value={k}>
              {m.manage.hospitalKinds[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {h.level}
        <select name="level" defaultValue={query.level ?? ""} className={input}>
          <option value="">{h.allLevels}</option>
          {Object.values(HospitalLevel).map((l) => (
            <option key={l} value={l}>
              {m.manage.hospitalLevels[l]}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
          {c.filter}
        </button>
        <Link href="/manage/hospitals" className="text-sm text-brand-700 hover:underline">
          {c.clear}
        </Link>
      </div>
      <input type="hidden" name="sort" value={query.sort} />
      <ArchivedToggle checked={query.archived} total={total} className="sm:col-span-4" />
    </form>
  );
}

export function HospitalSortLinks({ query }: { query: THospitalListQuery }) {
  return <SortLinks sorts={HOSPITAL_SORTS} labels={h.sorts} sort={query.sort} dir={query.dir} hrefFor={(sort, dir) => hospitalListHref(query, { sort, dir })} />;
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
            {r.archivedAt && <ArchivedBadge />}
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
