import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/users/user-form";
import { requirePermission } from "@/lib/auth/current-user";
import { placementOptions } from "@/lib/dal/user-placement-options";
import { m } from "@/lib/i18n";

export const metadata: Metadata = { title: m.users.form.createTitle };

export default async function NewUserPage() {
  const user = await requirePermission("user:manage", "/admin/users/new");
  const options = await placementOptions(user);
  const f = m.users.form;
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: f.breadcrumb, href: "/admin/users" }, { label: f.createTitle }]} />
        <PageHeader title={f.createTitle} description={f.createDescription} />
      </div>
      <Card title={m.users.detail.account} className="max-w-3xl">
        <UserForm mode="create" options={options} initial={{ username: "", displayName: "", role: "", regionId: user.regionId, hospitalId: "", unitId: "" }} />
      </Card>
    </div>
  );
}
