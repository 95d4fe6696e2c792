import type { Metadata } from "next";
import { PlanImportForm } from "@/components/manage/plan-import-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { manageRegionOptions } from "@/lib/dal/manage/regions";
import { m } from "@/lib/i18n";

const i = m.manage.import;
export const metadata: Metadata = { title: i.title };

/** A fourth plan in an afternoon: download the template, fill it in, upload it (issue #7). */
export default async function PlanImportPage() {
  const user = await requirePermission("plan:write", "/manage/import");
  const regions = await manageRegionOptions(user);
  return (
    <div className="max-w-4xl space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: i.title }]} />
        <PageHeader
          title={i.title}
          description={i.description}
          actions={
            <a href="/api/manage/plan-template" download className="rounded-md border border-brand-700 bg-white px-4 py-2 text-sm text-brand-700 hover:bg-brand-50">
              {i.template}
            </a>
          }
        />
        <p className="mt-2 text-xs text-slate-500">{i.templateHint}</p>
      </div>
      <PlanImportForm regions={regions} />
    </div>
  );
}
