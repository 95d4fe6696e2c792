import type { Metadata } from "next";
import { ManageHeader } from "@/components/manage/manage-header";
import { UnitForm } from "@/components/manage/unit-form";
import { Card } from "@/components/ui/card";
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
      <ManageHeader trail={[{ label: u.title, href: "/manage/units" }, { label: u.createTitle }]} title={u.createTitle} />
      <Card title={u.createTitle} className="max-w-3xl">
        <UnitForm regions={regions} initial={{ name: "", fullName: "", kind: "", regionId: regions.length === 1 ? regions[0].id : "" }} />
      </Card>
    </div>
  );
}
