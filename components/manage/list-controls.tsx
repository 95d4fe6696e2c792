import Link from "next/link";
import { m } from "@/lib/i18n";

const c = m.manage.common;

/** A list's URL: parameters left at their default (null or empty) are left out, so links stay short. */
export function listHref(path: string, params: Record<string, string | null>): string {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return search ? `${path}?${search}` : path;
}

/** Sort chips of a /manage list: the active one shows its direction, and a second click reverses it. */
export function SortLinks<S extends string>(props: { sorts: readonly S[]; labels: Record<S, string>; sort: S; dir: "asc" | "desc"; hrefFor: (sort: S, dir: "asc" | "desc") => string }) {
  return (
    <nav aria-label={c.sort} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-500">{c.sort}：</span>
      {props.sorts.map((s) => {
        const active = props.sort === s;
        const dir = active && props.dir === "asc" ? "desc" : "asc";
        return (
          <Link
            key={s}
            href={props.hrefFor(s, dir)}
            aria-current={active ? "true" : undefined}
            className={`rounded-full px-3 py-1 ${active ? "bg-brand-700 text-white" : "bg-white text-brand-700 ring-1 ring-slate-200 hover:bg-brand-50"}`}
          >
            {props.labels[s]}
            {active && (props.dir === "asc" ? " ↑" : " ↓")}
          </Link>
        );
      })}
    </nav>
  );
}

/** The grey 已归档 marker next to a record's name: status in words, not only in colour. */
export function ArchivedBadge() {
  return <span className="ml-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">{c.archivedBadge}</span>;
}

/** The filter form's foot: the 显示已归档 switch and the count. */
export function ArchivedToggle({ checked, total, className = "" }: { checked: boolean; total: number; className?: string }) {
  return (
    <div className={`flex flex-wrap items-center justify-between gap-3 ${className}`}>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="archived" value="1" defaultChecked={checked} className="size-4" />
        {c.showArchived}
      </label>
      <p className="text-sm text-slate-500">{c.total(total)}</p>
    </div>
  );
}
