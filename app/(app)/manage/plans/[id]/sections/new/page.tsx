import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionForm } from "@/components/manage/section-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getManagedPlan } from "@/lib/dal/manage/plans";
import { listPlanSections, parentOptions } from "@/lib/dal/manage/sections";
import { m } from "@/lib/i18n";

const s = m.manage.sections;
export const metadata: Metadata = { title: s.createTitle };

export default async function NewSectionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("plan:write", "/manage/plans/[id]/sections/new");
  const { id } = await params;
  const [plan, sections] = await Promise.all([getManagedPlan(user, id), listPlanSections(user, id)]);
  if (!plan || !sections || plan.archivedAt) notFound();
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: m.manage.plans.title, href: "/manage/plans" }, { label: plan.shortTitle, href: `/manage/plans/${plan.id}` }, { label: s.createTitle }]} />
        <PageHeader title={s.createTitle} description={plan.title} />
      </div>
      <Card title={s.createTitle} className="max-w-3xl">
        <SectionForm planId={plan.id} ownDocument={plan.ownDocument} parents={parentOptions(sections)} initial={{ code: "", title: "", parentId: "", sortOrder: "", sourceFile: "" }} />
      </Card>
    </div>
  );
}
