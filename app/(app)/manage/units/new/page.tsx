import type { Metadata } from "next";
import { UnitForm } from "@/components/manage/unit-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { manageRegionOptions } from "@/lib/dal/manage/regions";
import { m } from "@/lib/i18n";

const u = m.manage.units;
export const metadata: Metadata = { title: u.createTitle };

export default async function NewUnitPage() {
  const user = await requirePermission("plan:write", "/manage/units/new");
  const regions = await manageRegionOptions(user);
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: u.title, href: "/manage/units" }, { label: u.createTitle }]} />
        <PageHeader title={u.createTitle} />
      </div>
      <Card title={u.createTitle} className="max-w-3xl">
        <UnitForm regions={regions} initial={{ name: "", fullName: "", kind: "", regionId: regions.length === 1 ? regions[0].id : "" }} />
      </Card>
    </div>
  );
}
