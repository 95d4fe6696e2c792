import type { Metadata } from "next";
import { ListPagination } from "@/components/manage/list-controls";
import { ManageHeader } from "@/components/manage/manage-header";
import { SpecialtyFilterForm, specialtyListHref, SpecialtySortLinks, SpecialtyTable, SpecialtyTabs } from "@/components/manage/specialty-list";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePermission } from "@/lib/auth/current-user";
import { listManagedSpecialties } from "@/lib/dal/manage/specialties";
import { m } from "@/lib/i18n";
import { parseSpecialtyListQuery } from "@/lib/validation/specialties";

const s = m.manage.specialties;
export const metadata: Metadata = { title: s.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The specialty catalogue shared by every region, with how many designations of the staff member's region use each. */
export default async function ManageSpecialtiesPage({ searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/specialties");
  const query = parseSpecialtyListQuery(await searchParams);
  const page = await listManagedSpecialties(user, query);
  return (
    <div className="space-y-4">
      <ManageHeader trail={[{ label: s.title }]} title={s.title} description={s.description} create={{ href: "/manage/specialties/new", label: s.create }} />
      <SpecialtyTabs current="catalogue" />
      <SpecialtyFilterForm query={query} total={page.total} />
      <SpecialtySortLinks query={query} />
      {page.rows.length === 0 ? <EmptyState title={s.empty} body={m.manage.units.emptyBody} /> : <SpecialtyTable rows={page.rows} />}
      <ListPagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => specialtyListHref(query, { page: p })} />
    </div>
  );
}
