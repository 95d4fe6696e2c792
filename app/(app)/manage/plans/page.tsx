import type { Metadata } from "next";
import Link from "next/link";
import { SortLinks } from "@/components/manage/list-controls";
import { PlanFilterForm, planListHref, PlanTable } from "@/components/manage/plan-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/current-user";
import { listManagedPlans } from "@/lib/dal/manage/plans";
import { m } from "@/lib/i18n";
import { parsePlanListQuery, PLAN_SORTS } from "@/lib/validation/plans";

const p = m.manage.plans;
export const metadata: Metadata = { title: p.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The plans staff maintain: those of their own region subtree, searchable and sortable; archived on request. */
export default async function ManagePlansPage({ searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/plans");
  const query = parsePlanListQuery(await searchParams);
  const page = await listManagedPlans(user, query);
  return (
    <div className="space-y-4">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: p.title }]} />
        <PageHeader
          title={p.title}
          description={p.description}
          actions={
            <>
              <Link href="/manage/import" className="rounded-md border border-brand-700 bg-white px-4 py-2 text-sm text-brand-700 hover:bg-brand-50">
                {p.importLink}
              </Link>
              <Link href="/manage/plans/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
                {p.create}
              </Link>
            </>
          }
        />
      </div>
      <PlanFilterForm query={query} total={page.total} />
      <SortLinks sorts={PLAN_SORTS} labels={p.sorts} query={query} hrefFor={(change) => planListHref(query, change)} />
      {page.rows.length === 0 ? <EmptyState title={p.empty} body={p.emptyBody} /> : <PlanTable rows={page.rows} />}
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => planListHref(query, { page: n })} labels={m.manage.common.pagination} />
    </div>
  );
}
