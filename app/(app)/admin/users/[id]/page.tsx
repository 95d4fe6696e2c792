import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ApiTokenPanel } from "@/components/users/api-tokens";
import { UserAccountActions } from "@/components/users/user-account-actions";
import { UserSecurityFacts } from "@/components/users/user-facts";
import { UserForm } from "@/components/users/user-form";
import { mayHoldApiToken } from "@/lib/auth/api-token";
import { requirePermission } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/dal/api-tokens";
import { getManagedUser } from "@/lib/dal/user-directory";
import { placementOptions } from "@/lib/dal/user-placement-options";
import { m } from "@/lib/i18n";

interface Props {
  params: Promise<{ id: string }>;
}

const f = m.users.form;
const d = m.users.detail;

export const metadata: Metadata = { title: m.users.list.title };

/** One account: edit it, see its security state, disable, unlock or reset it. */
export default async function UserPage({ params }: Props) {
  const user = await requirePermission("user:manage", "/admin/users/[id]");
  const { id } = await params;
  // Another region's account answers exactly like a missing one (the DAL records the attempt).
  const account = await getManagedUser(user, id);
  if (!account) notFound();
  const options = await placementOptions(user);
  const tokenHolder = mayHoldApiToken(account.role);
  const apiTokens = tokenHolder ? await listApiTokens(user, account.id) : [];
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: f.breadcrumb, href: "/admin/users" }, { label: account.username }]} />
        <PageHeader title={f.editTitle(account.displayName)} description={`${m.roles[account.role]} · ${account.organisationName ?? account.regionName}`} />
      </div>
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title={d.account}>
          <UserForm
            mode="edit"
            options={options}
            isSelf={account.isSelf}
            initial={{
              id: account.id,
              username: account.username,
              displayName: account.displayName,
              role: account.role,
              regionId: account.regionId,
              hospitalId: account.hospitalId ?? "",
              unitId: account.unitId ?? "",
            }}
          />
        </Card>
        <div className="space-y-5">
          <Card title={d.security}>
            <UserSecurityFacts user={account} />
          </Card>
          <Card title={d.actions}>
            <UserAccountActions userId={account.id} displayName={account.displayName} status={account.status} isSelf={account.isSelf} />
          </Card>
          <Card title={m.apiTokens.heading}>
            <ApiTokenPanel userId={account.id} tokens={apiTokens} eligible={tokenHolder} />
          </Card>
        </div>
      </div>
    </div>
  );
}
