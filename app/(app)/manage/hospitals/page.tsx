import type { Metadata } from "next";
import { HospitalFilterForm, hospitalListHref, HospitalSortLinks, HospitalTable } from "@/components/manage/hospital-list";
import { ListPagination } from "@/components/manage/list-controls";
import { ManageHeader } from "@/components/manage/manage-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePermission } from "@/lib/auth/current-user";
import { listManagedHospitals } from "@/lib/dal/manage/hospitals";
import { m } from "@/lib/i18n";
import { parseHospitalListQuery } from "@/lib/validation/hospitals";

const h = m.manage.hospitals;
export const metadata: Metadata = { title: h.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Staff's hospitals: their region's subtree, searchable, filterable, sortable; archived on request. */
export default async function ManageHospitalsPage({ searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/hospitals");
  const query = parseHospitalListQuery(await searchParams);
  const page = await listManagedHospitals(user, query);
  return (
    <div className="space-y-4">
      <ManageHeader trail={[{ label: h.title }]} title={h.title} description={h.description} create={{ href: "/manage/hospitals/new", label: h.create }} />
      <HospitalFilterForm query={query} total={page.total} />
      <HospitalSortLinks query={query} />
      {page.rows.length === 0 ? <EmptyState title={h.empty} /> : <HospitalTable rows={page.rows} />}
      <ListPagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => hospitalListHref(query, { page: p })} />
    </div>
  );
}
