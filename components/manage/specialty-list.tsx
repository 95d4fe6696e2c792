import Link from "next/link";
import type { ManagedSpecialtyRow } from "@/lib/dal/manage/specialties";
import { SpecialtyCategory } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { SPECIALTY_SORTS, type TSpecialtyListQuery } from "@/lib/validation/specialties";
import { ArchivedTag, FilterSelect, ListFilterForm, listHref, SortLinks } from "./list-controls";

const s = m.manage.specialties;

export const specialtyListHref = (q: TSpecialtyListQuery, change: Partial<TSpecialtyListQuery> = {}) => listHref("/manage/specialties", q, SPECIALTY_SORTS[0], change);

export function SpecialtyFilterForm({ query, total }: { query: TSpecialtyListQuery; total: number }) {
  return (
    <ListFilterForm path="/manage/specialties" query={query} total={total} searchPlaceholder={s.searchPlaceholder}>
      <FilterSelect name="category" label={s.category} value={query.category} all={s.allCategories} options={Object.values(SpecialtyCategory).map((c) => ({ value: c, label: m.manage.specialtyCategories[c] }))} />
    </ListFilterForm>
  );
}

export function SpecialtySortLinks({ query }: { query: TSpecialtyListQuery }) {
  return <SortLinks sorts={SPECIALTY_SORTS} labels={s.sorts} query={query} hrefFor={(change) => specialtyListHref(query, change)} />;
}

export function SpecialtyTable({ rows }: { rows: ManagedSpecialtyRow[] }) {
  return (
    <ul className="grid overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs sm:grid-cols-2">
      {rows.map((r) => (
        <li key={r.id} className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-3">
          <span className="min-w-0">
            <Link href={`/manage/specialties/${r.id}`} className="font-medium text-brand-700 hover:underline">
              {r.name}
            </Link>
            {r.archivedAt && <ArchivedTag />}
            <span className="block text-xs text-slate-500">{m.manage.specialtyCategories[r.category]}</span>
          </span>
          <Link href={`/manage/specialties/designations?specialty=${r.id}`} className="shrink-0 text-xs text-slate-500 hover:text-brand-700 hover:underline">
            {s.designations(r.designations)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The two halves of the page: the shared catalogue and the hospitals' designations. */
export function SpecialtyTabs({ current }: { current: "catalogue" | "designations" }) {
  const tabs = [
    { key: "catalogue", href: "/manage/specialties", label: s.tabs.catalogue },
    { key: "designations", href: "/manage/specialties/designations", label: s.tabs.designations },
  ] as const;
  return (
    <nav aria-label={s.title} className="flex gap-1 border-b border-slate-200">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={t.href}
          aria-current={t.key === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-4 py-2 text-sm ${t.key === current ? "border-brand-700 font-medium text-brand-800" : "border-transparent text-slate-600 hover:text-brand-700"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
