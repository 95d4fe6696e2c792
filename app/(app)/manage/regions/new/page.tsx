import type { Metadata } from "next";
import { ManageHeader } from "@/components/manage/manage-header";
import { RegionCreateForm } from "@/components/manage/region-form";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/current-user";
import { manageRegionOptions } from "@/lib/dal/manage/regions";
import { CHILD_LEVELS } from "@/lib/domain/region-code";
import { m } from "@/lib/i18n";
import { plainParams } from "@/lib/validation/manage-fields";

const r = m.manage.regions;
export const metadata: Metadata = { title: r.createTitle };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** ?parent= preselects the parent (the tree's "新增下级" link). */
export default async function NewRegionPage({ searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/regions/new");
  const parents = (await manageRegionOptions(user)).filter((p) => CHILD_LEVELS[p.level].length > 0);
  const wanted = plainParams(await searchParams).parent ?? "";
  const parentId = parents.some((p) => p.id === wanted) ? wanted : parents.length === 1 ? parents[0].id : "";
  return (
    <div className="space-y-5">
      <ManageHeader trail={[{ label: r.title, href: "/manage/regions" }, { label: r.createTitle }]} title={r.createTitle} />
      <Card title={r.createTitle} className="max-w-3xl">
        <RegionCreateForm parents={parents} parentId={parentId} />
      </Card>
    </div>
  );
}
