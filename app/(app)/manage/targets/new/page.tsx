import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OwnDocumentProvider } from "@/components/manage/own-document";
import { TargetCreateForm } from "@/components/manage/target-create-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { planOwnDocument } from "@/lib/dal/manage/plans";
import { getTaskForNewTarget } from "@/lib/dal/manage/target-create";
import { targetScopeOptions } from "@/lib/dal/manage/target-scope";
import { taskUnitOptions } from "@/lib/dal/manage/task-units";
import { m } from "@/lib/i18n";

const n = m.manage.newTarget;
export const metadata: Metadata = { title: n.title };

/** /manage/targets/new?task=…: a new target of one task, every field of it, from the plan's text. */
export default async function NewTargetPage({ searchParams }: { searchParams: Promise<{ task?: string | string[] }> }) {
  const user = await requirePermission("plan:write", "/manage/targets/new");
  const { task: taskParam } = await searchParams;
  const task = typeof taskParam === "string" ? await getTaskForNewTarget(user, taskParam) : null;
  if (!task) notFound();
  const [scopes, unitOptions, ownDocument] = await Promise.all([
    targetScopeOptions(user),
    taskUnitOptions(user, task.units.map((u) => u.unitId), task.plan.region.path),
    planOwnDocument(user, task.planId),
  ]);
  const back = `/manage/plans/${task.planId}/tasks/${task.id}`;
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs
          items={[
            { label: m.manage.hub.title, href: "/manage" },
            { label: task.plan.shortTitle, href: `/manage/plans/${task.planId}#tasks` },
            { label: task.code, href: back },
            { label: n.title },
          ]}
        />
        <PageHeader title={n.title} description={n.description(`${task.number} ${task.title}`)} />
      </div>
      <Card title={m.manage.target.edit} className="max-w-4xl">
        <OwnDocumentProvider value={ownDocument}>
          <TargetCreateForm
            taskId={task.id}
            back={back}
            scopes={scopes}
            parts={{ initial: { milestones: [], citations: [], units: task.units }, unitOptions, startYear: task.plan.startYear }}
            initial={{
              metric: "", comparator: "GTE", value: "", valueHigh: "", unit: "", deadlineYear: String(task.plan.endYear), deadlineDate: "", kind: "COUNT",
              baselineValue: "", baselineYear: "", scope: "", scopeRegionId: "", scopeHospitalId: "", aggregation: "SUM", sourceFile: task.sourceFile, sourceQuote: "", decisionNote: "",
            }}
          />
        </OwnDocumentProvider>
      </Card>
    </div>
  );
}
