import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { userListHref } from "@/components/users/list-href";
import { UserFilterForm } from "@/components/users/user-filter-form";
import { UserSortLinks, UserTable } from "@/components/users/user-table";
import { requirePermission } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/dal/user-directory";
import { m } from "@/lib/i18n";
import { parseUserListQuery } from "@/lib/validation/users";

export const metadata: Metadata = { title: m.users.list.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The admin's accounts: those of their region's subtree, searchable, filterable, sortable. */
export default async function UsersPage({ searchParams }: Props) {
  const user = await requirePermission("user:manage", "/admin/users");
  const query = parseUserListQuery(await searchParams);
  const page = await listUsers(user, query);
  return (
    <div className="space-y-4">
      <PageHeader
        title={m.users.list.title}
        description={m.users.list.description}
        actions={
          <Link href="/admin/users/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
            {m.users.list.create}
          </Link>
        }
      />
      <UserFilterForm query={query} total={page.total} />
      <UserSortLinks query={query} />
      {page.rows.length === 0 ? (
        <EmptyState title={m.users.list.empty} />
      ) : (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xs max-md:overflow-visible max-md:border-0 max-md:bg-transparent max-md:shadow-none">
          <UserTable rows={page.rows} query={{ ...query, page: page.page }} currentUserId={user.id} />
        </div>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => userListHref(query, { page: p })} labels={m.users.pagination} />
    </div>
  );
}
