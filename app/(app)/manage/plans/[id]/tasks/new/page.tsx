import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TaskForm } from "@/components/manage/task-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { getManagedPlan, UNBUNDLED_SOURCE } from "@/lib/dal/manage/plans";
import { taskFormOptions } from "@/lib/dal/manage/tasks";
import { m } from "@/lib/i18n";

const k = m.manage.tasks;
export const metadata: Metadata = { title: k.createTitle };

export default async function NewTaskPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ section?: string }> }) {
  const user = await requirePermission("plan:write", "/manage/plans/[id]/tasks/new");
  const { id } = await params;
  const [plan, options] = await Promise.all([getManagedPlan(user, id), taskFormOptions(user, id)]);
  if (!plan || !options || plan.archivedAt) notFound();
  const section = (await searchParams).section;
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: m.manage.plans.title, href: "/manage/plans" }, { label: plan.shortTitle, href: `/manage/plans/${plan.id}#tasks` }, { label: k.createTitle }]} />
        <PageHeader title={k.createTitle} description={plan.title} />
      </div>
      <Card title={k.createTitle} className="max-w-3xl">
        <TaskForm
          planId={plan.id}
          ownDocument={plan.ownDocument}
          sections={options.sections}
          regions={options.regions}
          initial={{
            code: "", number: "", title: "", text: "", regionId: "", sourceQuote: "", sortOrder: "",
            sectionId: options.sections.some((x) => x.id === section) ? section! : "",
            sourceFile: plan.sourceFile === UNBUNDLED_SOURCE ? "" : plan.sourceFile,
          }}
        />
      </Card>
    </div>
  );
}
