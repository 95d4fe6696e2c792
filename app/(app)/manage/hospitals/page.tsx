import type { Metadata } from "next";
import Link from "next/link";
import { HospitalFilterForm, hospitalListHref, HospitalSortLinks, HospitalTable } from "@/components/manage/hospital-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
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
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: h.title }]} />
        <PageHeader
          title={h.title}
          description={h.description}
          actions={
            <Link href="/manage/hospitals/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
              {h.create}
            </Link>
          }
        />
      </div>
      <HospitalFilterForm query={query} total={page.total} />
      <HospitalSortLinks query={query} />
      {page.rows.length === 0 ? <EmptyState title={h.empty} /> : <HospitalTable rows={page.rows} />}
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(p) => hospitalListHref(query, { page: p })} labels={m.manage.common.pagination} />
    </div>
  );
}
