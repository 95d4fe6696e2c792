import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanImportForm } from "@/components/manage/plan-import-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getPlanDocument } from "@/lib/dal/manage/plan-document";
import { getManagedPlan } from "@/lib/dal/manage/plans";
import { manageRegionOptions } from "@/lib/dal/manage/regions";
import { m } from "@/lib/i18n";

const i = m.manage.import;
export const metadata: Metadata = { title: i.title };

/**
 * A fourth plan in an afternoon: download the template, fill it in, upload it (issue #7) —
 * as a new plan, or (?plan=…) into a plan whose particulars and text were entered first.
 */
export default async function PlanImportPage({ searchParams }: { searchParams: Promise<{ plan?: string | string[] }> }) {
  const user = await requirePermission("plan:write", "/manage/import");
  const planId = [(await searchParams).plan].flat()[0];
  const [regions, plan, document] = await Promise.all([
    manageRegionOptions(user),
    planId ? getManagedPlan(user, planId) : null,
    planId ? getPlanDocument(user, planId) : null,
  ]);
  if (planId && (!plan || plan.archivedAt || !document)) notFound();
  const title = plan ? i.intoTitle : i.title;
  const trail = plan
    ? [{ label: m.manage.plans.title, href: "/manage/plans" }, { label: plan.shortTitle, href: `/manage/plans/${plan.id}#tasks` }, { label: title }]
    : [{ label: title }];
  return (
    <div className="max-w-4xl space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, ...trail]} />
        <PageHeader
          title={title}
          description={plan ? i.intoDescription(plan.title) : i.description}
          actions={
            <a href="/api/manage/plan-template" download className="rounded-md border border-brand-700 bg-white px-4 py-2 text-sm text-brand-700 hover:bg-brand-50">
              {i.template}
            </a>
          }
        />
        <p className="mt-2 text-xs text-slate-500">{i.templateHint}</p>
      </div>
      <PlanImportForm regions={regions} into={plan && document ? { id: plan.id, title: plan.title, textChecked: document.kind !== "none" } : undefined} />
    </div>
  );
}
