import type { Metadata } from "next";
import { ManageHeader } from "@/components/manage/manage-header";
import { RegionTree } from "@/components/manage/region-tree";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePermission } from "@/lib/auth/current-user";
import { listRegionTree } from "@/lib/dal/manage/regions";
import { m } from "@/lib/i18n";
import { parseRegionTreeQuery } from "@/lib/validation/regions";

const r = m.manage.regions;
export const metadata: Metadata = { title: r.title };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The staff member's region subtree as a tree; archived regions on request. */
export default async function ManageRegionsPage({ searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/regions");
  const query = parseRegionTreeQuery(await searchParams);
  const regions = await listRegionTree(user, query);
  return (
    <div className="space-y-4">
      <ManageHeader trail={[{ label: r.title }]} title={r.title} description={r.description} create={{ href: "/manage/regions/new", label: r.createChild }} />
      <form method="get" action="/manage/regions" className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm shadow-xs">
        <label className="flex items-center gap-2 text-slate-700">
          <input type="checkbox" name="archived" value="1" defaultChecked={query.archived} className="size-4" />
          {r.showArchived}
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-brand-700 hover:bg-brand-50">
          {m.manage.common.filter}
        </button>
        <span className="text-slate-500">{m.manage.common.total(regions.length)}</span>
      </form>
      {regions.length === 0 ? <EmptyState title={r.empty} /> : <RegionTree regions={regions} />}
    </div>
  );
}
