import type { Metadata } from "next";
import { DesignationFilterForm, designationListHref, DesignationSortLinks } from "@/components/manage/designation-filters";
import { DesignationList } from "@/components/manage/designation-list";
import { ListPagination } from "@/components/manage/list-controls";
import { ManageHeader } from "@/components/manage/manage-header";
import { SpecialtyTabs } from "@/components/manage/specialty-list";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePermission } from "@/lib/auth/current-user";
import { designationOptions, listManagedDesignations } from "@/lib/dal/manage/designations";
import { m } from "@/lib/i18n";
import { parseDesignationListQuery } from "@/lib/validation/specialties";

const d = m.manage.designations;
export const metadata: Metadata = { title: d.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The specialty designations of the staff member's hospitals, filtered by level, status, hospital, specialty and plan. */
export default async function ManageDesignationsPage({ searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/specialties/designations");
  const query = parseDesignationListQuery(await searchParams);
  const [page, options] = await Promise.all([listManagedDesignations(user, query), designationOptions(user)]);
  return (
    <div className="space-y-4">
      <ManageHeader trail={[{ label: m.manage.specialties.title, href: "/manage/specialties" }, { label: d.title }]} title={m.manage.specialties.title} description={d.description} create={{ href: "/manage/specialties/designations/new", label: d.create }} />
      <SpecialtyTabs current="designations" />
      <DesignationFilterForm query={query} total={page.total} options={options} />
      <DesignationSortLinks query={query} />
      {page.rows.length === 0 ? <EmptyState title={d.empty} body={m.manage.units.emptyBody} /> : <DesignationList rows={page.rows} empty={d.empty} />}
      <ListPagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => designationListHref(query, { page: p })} />
    </div>
  );
}
