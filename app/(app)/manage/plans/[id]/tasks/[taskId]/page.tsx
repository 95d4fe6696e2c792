import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveStatus } from "@/components/manage/archive-status";
import { TaskForm } from "@/components/manage/task-form";
import { TaskTargets } from "@/components/manage/task-targets";
import { TaskUnitsEditor } from "@/components/manage/task-units-editor";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { archiveTaskAction, restoreTaskAction } from "@/lib/actions/manage/tasks";
import { requirePermission } from "@/lib/auth/current-user";
import { getManagedPlan, UNBUNDLED_SOURCE } from "@/lib/dal/manage/plans";
import { taskUnitOptions } from "@/lib/dal/manage/task-units";
import { getManagedTask, taskFormOptions } from "@/lib/dal/manage/tasks";
import { m } from "@/lib/i18n";
import { taskUnitsSignature } from "@/lib/validation/tasks";

const k = m.manage.tasks;
export const metadata: Metadata = { title: k.title };

interface Props {
  params: Promise<{ id: string; taskId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One task: its fields, its lead and co-units, its targets, and archive / restore. */
export default async function ManageTaskPage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/plans/[id]/tasks/[taskId]");
  const { id, taskId } = await params;
  const [plan, task] = await Promise.all([getManagedPlan(user, id), getManagedTask(user, id, taskId)]);
  if (!plan || !task) notFound();
  const [options, units] = await Promise.all([taskFormOptions(user, id, task), taskUnitOptions(user, task.units.map((l) => l.unitId))]);
  if (!options) notFound();
  const editable = !plan.archivedAt && !task.archivedAt;
  const label = `${task.number} ${task.title}`;
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: m.manage.plans.title, href: "/manage/plans" }, { label: plan.shortTitle, href: `/manage/plans/${plan.id}#tasks` }, { label: task.code }]} />
        <PageHeader title={k.editTitle(task.number, task.title)} description={`${task.code} · ${plan.title}`} />
      </div>
      {(await searchParams).created === "1" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">
          {k.created}
        </p>
      )}
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title={k.title}>
          {editable ? (
            <TaskForm
              planId={plan.id}
              ownDocument={plan.ownDocument}
              sections={options.sections}
              regions={options.regions}
              edit={{ id: task.id, updatedAt: task.updatedAt.toISOString() }}
              initial={{
                code: task.code,
                number: task.number,
                title: task.title,
                text: task.text === task.title ? "" : task.text,
                sectionId: task.sectionId ?? "",
                regionId: task.regionId ?? "",
                sourceFile: task.sourceFile === UNBUNDLED_SOURCE ? "" : task.sourceFile,
                sourceQuote: task.sourceQuote ?? "",
                sortOrder: String(task.sortOrder),
              }}
            />
          ) : (
            <p className="text-sm text-slate-600">{plan.archivedAt ? m.manage.plans.archivedReadOnly : k.archivedReadOnly}</p>
          )}
        </Card>
        <div className="min-w-0 space-y-5">
          <Card title={m.manage.taskUnits.title}>
            <p className="mb-3 text-xs text-slate-500">{m.manage.taskUnits.description}</p>
            {editable ? (
              <TaskUnitsEditor
                taskId={task.id}
                initial={task.units.map((l) => ({ unitId: l.unitId, isLead: l.isLead }))}
                loaded={taskUnitsSignature(task.units)}
                options={units}
              />
            ) : (
              <p className="text-sm text-slate-700">{task.units.map((l) => `${l.unit.name}${l.isLead ? `（${m.manage.taskUnits.lead}）` : ""}`).join("、") || m.manage.taskUnits.empty}</p>
            )}
          </Card>
          <Card title={k.targetsCard}>
            <TaskTargets task={task} editable={editable} />
          </Card>
          {!plan.archivedAt && (
            <Card title={m.manage.plans.status}>
              <ArchiveStatus
                id={task.id}
                archivedAt={task.archivedAt}
                active={k.active}
                archivedNote={k.archivedNote}
                archive={{ action: archiveTaskAction, title: k.archiveTitle, body: k.archiveBody(label, task.targets.filter((t) => !t.archivedAt).length) }}
                restore={{ action: restoreTaskAction, title: k.restoreTitle, body: k.restoreBody(label) }}
              />
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
