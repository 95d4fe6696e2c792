import type { Metadata } from "next";
import { ListPagination } from "@/components/manage/list-controls";
import { ManageHeader } from "@/components/manage/manage-header";
import { UnitFilterForm, unitListHref, UnitSortLinks, UnitTable } from "@/components/manage/unit-list";
import { EmptyState } from "@/components/ui/empty-state";
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
      <ManageHeader trail={[{ label: u.title }]} title={u.title} description={u.description} create={{ href: "/manage/units/new", label: u.create }} />
      <UnitFilterForm query={query} total={page.total} regions={regions} />
      <UnitSortLinks query={query} />
      {page.rows.length === 0 ? <EmptyState title={u.empty} body={u.emptyBody} /> : <UnitTable rows={page.rows} />}
      <ListPagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => unitListHref(query, { page: p })} />
    </div>
  );
}
