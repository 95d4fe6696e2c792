import type { Metadata } from "next";
import { HospitalForm } from "@/components/manage/hospital-form";
import { ManageHeader } from "@/components/manage/manage-header";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/current-user";
import { manageRegionOptions } from "@/lib/dal/manage/regions";
import { m } from "@/lib/i18n";

const h = m.manage.hospitals;
export const metadata: Metadata = { title: h.createTitle };

export default async function NewHospitalPage() {
  const user = await requirePermission("plan:write", "/manage/hospitals/new");
  const regions = await manageRegionOptions(user);
  return (
    <div className="space-y-5">
      <ManageHeader trail={[{ label: h.title, href: "/manage/hospitals" }, { label: h.createTitle }]} title={h.createTitle} />
      <Card title={h.createTitle} className="max-w-3xl">
        <HospitalForm regions={regions} initial={{ code: "", name: "", shortName: "", aliases: "", level: "", kind: "", regionId: regions.length === 1 ? regions[0].id : "" }} />
      </Card>
    </div>
  );
}
