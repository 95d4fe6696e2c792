import type { Metadata } from "next";
import { HospitalForm } from "@/components/manage/hospital-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
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
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: h.title, href: "/manage/hospitals" }, { label: h.createTitle }]} />
        <PageHeader title={h.createTitle} />
      </div>
      <Card title={h.createTitle} className="max-w-3xl">
        <HospitalForm regions={regions} initial={{ code: "", name: "", shortName: "", aliases: "", level: "", kind: "", regionId: regions.length === 1 ? regions[0].id : "" }} />
      </Card>
    </div>
  );
}
