import type { Metadata } from "next";
import { SpecialtyForm } from "@/components/manage/specialty-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { m } from "@/lib/i18n";

const s = m.manage.specialties;
export const metadata: Metadata = { title: s.createTitle };

export default async function NewSpecialtyPage() {
  await requirePermission("plan:write", "/manage/specialties/new");
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: s.title, href: "/manage/specialties" }, { label: s.createTitle }]} />
        <PageHeader title={s.createTitle} />
      </div>
      <Card title={s.createTitle} className="max-w-3xl">
        <SpecialtyForm initial={{ name: "", category: "" }} />
      </Card>
    </div>
  );
}
