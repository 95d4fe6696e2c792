import type { Metadata } from "next";
import { ManageHeader } from "@/components/manage/manage-header";
import { SpecialtyForm } from "@/components/manage/specialty-form";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/current-user";
import { m } from "@/lib/i18n";

const s = m.manage.specialties;
export const metadata: Metadata = { title: s.createTitle };

export default async function NewSpecialtyPage() {
  await requirePermission("plan:write", "/manage/specialties/new");
  return (
    <div className="space-y-5">
      <ManageHeader trail={[{ label: s.title, href: "/manage/specialties" }, { label: s.createTitle }]} title={s.createTitle} />
      <Card title={s.createTitle} className="max-w-3xl">
        <SpecialtyForm initial={{ name: "", category: "" }} />
      </Card>
    </div>
  );
}
