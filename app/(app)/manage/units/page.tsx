import type { Metadata } from "next";
import Link from "next/link";
import { ListPagination } from "@/components/manage/list-controls";
import { UnitFilterForm, unitListHref, UnitSortLinks, UnitTable } from "@/components/manage/unit-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { manageRegionOptions } from "@/lib/dal/manage/regions";
import { listManagedUnits } from "@/lib/dal/manage/units";
import { m } from "@/lib/i18n";
import { parseUnitListQuery } from "@/lib/validation/units";

const u = m.manage.units;
export const metadata: Metadata = { title: u.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Responsible units of the staff member's subtree: searchable, filterable, sortable; archived on request. */
export default async function ManageUnitsPage({ searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/units");
  const query = parseUnitListQuery(await searchParams);
  const [page, regions] = await Promise.all([listManagedUnits(user, query), manageRegionOptions(user)]);
  return (
    <div className="space-y-4">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: u.title }]} />
        <PageHeader
          title={u.title}
          description={u.description}
          actions={
            <Link href="/manage/units/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
              {u.create}
            </Link>
          }
        />
      </div>
      <UnitFilterForm query={query} total={page.total} regions={regions} />
      <UnitSortLinks query={query} />
      {page.rows.length === 0 ? <EmptyState title={u.empty} body={u.emptyBody} /> : <UnitTable rows={page.rows} />}
      <ListPagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => unitListHref(query, { page: p })} />
    </div>
  );
}
