import Link from "next/link";
import type { UserRow } from "@/lib/dal/user-directory";
import { formatDateTime, m } from "@/lib/i18n";
import type { TUserListQuery, TUserSort } from "@/lib/validation/users";
import { userListHref } from "./list-href";
import { UserStatusBadge } from "./user-status-badge";

const c = m.users.columns;
const l = m.users.list;

/**
 * The account list: a table on a desktop; on a phone each row becomes a card (grid with
 * reordered cells), so the page never scrolls sideways. Sortable headings are links, so
 * sorting works without JavaScript and the order is in the URL.
 */
export function UserTable({ rows, query, currentUserId }: { rows: UserRow[]; query: TUserListQuery; currentUserId: string }) {
  const mobileLabel = (label: string) => <span className="text-slate-500 md:hidden">{label}：</span>;
  return (
    <table className="w-full border-collapse text-sm max-md:block">
      <caption className="sr-only">{l.tableCaption}</caption>
      <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs text-slate-500 max-md:sr-only">
        <tr>
          <SortHeader column="username" label={c.username} query={query} />
          <SortHeader column="displayName" label={c.displayName} query={query} />
          <SortHeader column="role" label={c.role} query={query} />
          <SortHeader column="region" label={c.region} query={query} />
          <th scope="col" className="px-3 py-2 font-medium">{c.organisation}</th>
          <SortHeader column="status" label={c.status} query={query} />
          <SortHeader column="lastLoginAt" label={c.lastLoginAt} query={query} />
          <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">{c.totp}</th>
        </tr>
      </thead>
      <tbody className="bg-white max-md:block max-md:space-y-2 max-md:bg-transparent">
        {rows.map((u) => (
          <tr
            key={u.id}
            className="border-b border-slate-100 align-top last:border-0 max-md:relative max-md:grid max-md:grid-cols-[1fr_auto] max-md:gap-x-3 max-md:gap-y-1 max-md:rounded-md max-md:border max-md:border-slate-200 max-md:bg-white max-md:p-3 max-md:last:border"
          >
            <td className="px-3 py-2 max-md:order-1 max-md:p-0">
              {/* On a phone the link covers the card, so the whole card opens the account. */}
              <Link href={`/admin/users/${u.id}`} className="font-mono text-brand-700 hover:underline max-md:after:absolute max-md:after:inset-0">
                {u.username}
              </Link>
              {u.id === currentUserId && <span className="text-xs text-slate-500">{m.users.self}</span>}
            </td>
            <td className="px-3 py-2 text-slate-900 max-md:order-3 max-md:col-span-2 max-md:p-0">{u.displayName}</td>
            <td className="px-3 py-2 whitespace-nowrap text-slate-700 max-md:order-4 max-md:p-0">{m.roles[u.role]}</td>
            <td className="px-3 py-2 whitespace-nowrap text-slate-700 max-md:order-5 max-md:justify-self-end max-md:p-0">{u.regionName}</td>
            <td className="px-3 py-2 text-slate-700 max-md:order-6 max-md:col-span-2 max-md:p-0 max-md:text-xs">
              {u.organisationName && (
                <>
                  {mobileLabel(c.organisation)}
                  {u.organisationName}
                </>
              )}
              {!u.organisationName && <span className="text-slate-400 max-md:hidden">—</span>}
            </td>
            <td className="px-3 py-2 max-md:order-2 max-md:justify-self-end max-md:p-0">
              <UserStatusBadge status={u.status} />
            </td>
            <td className="px-3 py-2 whitespace-nowrap text-slate-700 tabular-nums max-md:order-7 max-md:p-0 max-md:text-xs">
              {mobileLabel(c.lastLoginAt)}
              {u.lastLoginAt ? formatDateTime(u.lastLoginAt) : <span className="text-slate-500">{m.users.neverSignedIn}</span>}
            </td>
            <td className="px-3 py-2 whitespace-nowrap max-md:order-8 max-md:justify-self-end max-md:p-0 max-md:text-xs">
              {mobileLabel(c.totp)}
              <span className={u.totpEnrolled ? "text-ok" : "text-slate-500"}>{u.totpEnrolled ? m.users.totpEnrolled : m.users.totpNotEnrolled}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const SORTS: [TUserSort, string][] = [
  ["username", c.username],
  ["displayName", c.displayName],
  ["role", c.role],
  ["region", c.region],
  ["status", c.status],
  ["lastLoginAt", c.lastLoginAt],
];

/** On a phone the table headings are hidden, so the same sort links sit above the cards. */
export function UserSortLinks({ query }: { query: TUserListQuery }) {
  return (
    <nav aria-label={l.sortLabel} className="flex flex-wrap items-center gap-1.5 text-xs md:hidden">
      <span className="text-slate-500">{l.sortLabel}：</span>
      {SORTS.map(([column, label]) => {
        const active = query.sort === column;
        return (
          <Link
            key={column}
            href={userListHref(query, { sort: column, dir: active && query.dir === "asc" ? "desc" : "asc", page: 1 })}
            aria-current={active ? "true" : undefined}
            className={`rounded-full border px-2.5 py-1 ${active ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 bg-white text-slate-700"}`}
          >
            {label}
            {active && (
              <>
                <span aria-hidden>{query.dir === "asc" ? " ▲" : " ▼"}</span>
                <span className="sr-only">{query.dir === "asc" ? l.sortAscending : l.sortDescending}</span>
              </>
            )}
          </Link>
        );
      })}
    </nav>
  );
}

function SortHeader({ column, label, query }: { column: TUserSort; label: string; query: TUserListQuery }) {
  const active = query.sort === column;
  const nextDir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined} className="px-3 py-2 font-medium whitespace-nowrap">
      <Link href={userListHref(query, { sort: column, dir: nextDir, page: 1 })} className={`inline-flex items-center gap-1 hover:text-brand-700 ${active ? "text-slate-900" : ""}`}>
        {label}
        <span aria-hidden className={active ? "text-brand-700" : "text-slate-300"}>
          {active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only">{l.sortBy(label)}</span>
      </Link>
    </th>
  );
}
