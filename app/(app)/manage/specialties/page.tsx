import type { Metadata } from "next";
import Link from "next/link";
import { ListPagination } from "@/components/manage/list-controls";
import { SpecialtyFilterForm, specialtyListHref, SpecialtySortLinks, SpecialtyTable, SpecialtyTabs } from "@/components/manage/specialty-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
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
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: s.title }]} />
        <PageHeader
          title={s.title}
          description={s.description}
          actions={
            <Link href="/manage/specialties/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
              {s.create}
            </Link>
          }
        />
      </div>
      <SpecialtyTabs current="catalogue" />
      <SpecialtyFilterForm query={query} total={page.total} />
      <SpecialtySortLinks query={query} />
      {page.rows.length === 0 ? <EmptyState title={s.empty} body={m.manage.units.emptyBody} /> : <SpecialtyTable rows={page.rows} />}
      <ListPagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => specialtyListHref(query, { page: p })} />
    </div>
  );
}
