import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { m } from "@/lib/i18n";
import type { TListQuery } from "@/lib/validation/manage-fields";

const c = m.manage.common;

type Query = TListQuery & Record<string, unknown>;

/**
 * The list's URL with some parameters changed (back to page 1 unless the page is what
 * changes); defaults and empty filters are left out, so a link stays short and shareable.
 */
export function listHref<Q extends Query>(path: string, query: Q, defaultSort: string, change: Partial<Q> = {}): string {
  const next: Query = { ...query, page: 1, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) {
    if (value === null || value === undefined || value === "" || value === false) continue;
    if ((key === "sort" && value === defaultSort) || (key === "dir" && value === "asc") || (key === "page" && value === 1)) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and
 * shared. `children` are the list's own filters (FilterSelect …).
 */
export function ListFilterForm(props: { path: string; query: TListQuery; total: number; searchPlaceholder: string; children?: React.ReactNode }) {
  return (
    <form method="get" action={props.path} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      <label className="block text-sm font-medium text-slate-700">
        {c.search}
        <input name="q" type="search" defaultValue={props.query.q} placeholder={props.searchPlaceholder} className={filterInput} />
      </label>
      {props.children}
      <div className="flex flex-wrap items-center justify-between gap-3 sm:col-span-2 lg:col-span-4">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="archived" value="1" defaultChecked={props.query.archived} className="size-4" />
          {c.showArchived}
        </label>
        <input type="hidden" name="sort" value={props.query.sort} />
        <input type="hidden" name="dir" value={props.query.dir} />
        <div className="flex items-center gap-3">
          <p className="text-sm text-slate-500" aria-live="polite">
            {c.total(props.total)}
          </p>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
            {c.filter}
          </button>
          <Link href={props.path} className="text-sm text-brand-700 hover:underline">
            {c.clear}
          </Link>
        </div>
      </div>
    </form>
  );
}

const filterInput = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm";

/** One filter of a list: "all" or one of the options. */
export function FilterSelect(props: { name: string; label: string; value: string | null; all: string; options: { value: string; label: string }[] }) {
  return (
    <label className="block min-w-0 text-sm font-medium text-slate-700">
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""} className={filterInput}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Sort choices as links; choosing the active one again flips the direction. */
export function SortLinks<S extends string>(props: { sorts: readonly S[]; labels: Record<S, string>; query: TListQuery; hrefFor: (change: { sort: S; dir: "asc" | "desc" }) => string }) {
  return (
    <nav aria-label={c.sort} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-500">{c.sort}：</span>
      {props.sorts.map((s) => {
        const active = props.query.sort === s;
        const dir = active && props.query.dir === "asc" ? "desc" : "asc";
        return (
          <Link
            key={s}
            href={props.hrefFor({ sort: s, dir })}
            aria-current={active ? "true" : undefined}
            className={`rounded-full px-3 py-1 ${active ? "bg-brand-700 text-white" : "bg-white text-brand-700 ring-1 ring-slate-200 hover:bg-brand-50"}`}
          >
            {props.labels[s]}
            {active && (props.query.dir === "asc" ? " ↑" : " ↓")}
          </Link>
        );
      })}
    </nav>
  );
}

/** Pagination of a /manage list. */
export function ListPagination(props: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  return <Pagination page={props.page} pageCount={props.pageCount} hrefFor={props.hrefFor} labels={c.pagination} />;
}

/** The small grey tag of an archived record, in words. */
export function ArchivedTag() {
  return <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{c.archivedBadge}</span>;
}
