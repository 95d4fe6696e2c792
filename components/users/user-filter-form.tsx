import Link from "next/link";
import { USER_STATUSES } from "@/lib/domain/user-status";
import { Role } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import type { TUserListQuery } from "@/lib/validation/users";

const l = m.users.list;
const field = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900";

/** A plain GET form: the search lives in the URL (bookmarkable); a new search starts on page 1. */
export function UserFilterForm({ query, total }: { query: TUserListQuery; total: number }) {
  const active = query.q !== "" || query.role !== null || query.status !== null;
  return (
    <form action="/admin/users" method="get" role="search" aria-label={l.searchLabel} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-xs">
      <label className="flex min-w-0 flex-1 basis-56 flex-col gap-1 text-xs text-slate-500">
        {l.search}
        <input type="search" name="q" defaultValue={query.q} maxLength={64} placeholder={l.searchPlaceholder} className={`${field} placeholder:text-slate-400`} />
      </label>
      <label className="flex basis-40 flex-col gap-1 text-xs text-slate-500 max-sm:flex-1">
        {l.role}
        <select name="role" defaultValue={query.role ?? ""} className={field}>
          <option value="">{l.allRoles}</option>
          {Object.values(Role).map((r) => (
            <option key={r} value={r}>
              {m.roles[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex basis-32 flex-col gap-1 text-xs text-slate-500 max-sm:flex-1">
        {l.status}
        <select name="status" defaultValue={query.status ?? ""} className={field}>
          <option value="">{l.allStatuses}</option>
          {USER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {m.users.status[s]}
            </option>
          ))}
        </select>
      </label>
      {query.sort !== "username" && <input type="hidden" name="sort" value={query.sort} />}
      {query.dir !== "asc" && <input type="hidden" name="dir" value={query.dir} />}
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
          {l.submit}
        </button>
        {active && (
          <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
            {l.clear}
          </Link>
        )}
      </div>
      <p className="w-full text-xs text-slate-500" aria-live="polite">
        {l.result(total)}
      </p>
    </form>
  );
}
