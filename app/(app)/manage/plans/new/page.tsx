import type { Metadata } from "next";
import Link from "next/link";
import { emptyPlanFields } from "@/components/manage/plan-fields";
import { PlanForm } from "@/components/manage/plan-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { manageRegionOptions } from "@/lib/dal/manage/regions";
import { m } from "@/lib/i18n";

const p = m.manage.plans;
export const metadata: Metadata = { title: p.createTitle };

/** A new plan from its published text: its particulars first, then its sections and tasks on its own page. */
export default async function NewPlanPage() {
  const user = await requirePermission("plan:write", "/manage/plans/new");
  const regions = await manageRegionOptions(user);
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: p.title, href: "/manage/plans" }, { label: p.createTitle }]} />
        <PageHeader title={p.createTitle} />
        <p className="mt-2 text-sm text-slate-600">
          {p.createHint}{" "}
          <Link href="/manage/import" className="text-brand-700 hover:underline">
            {p.importLink}
          </Link>
        </p>
      </div>
      <Card title={p.card} className="max-w-3xl">
        <PlanForm regions={regions} initial={emptyPlanFields(regions)} />
      </Card>
    </div>
  );
}
