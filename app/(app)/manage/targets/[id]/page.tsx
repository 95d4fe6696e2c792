import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchiveButton } from "@/components/manage/archive-button";
import { AssignmentPanel } from "@/components/manage/assignment-panel";
import { RevisionList } from "@/components/manage/revision-list";
import { OwnDocumentProvider } from "@/components/manage/own-document";
import { TargetEditForm } from "@/components/manage/target-edit-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { archiveTargetAction } from "@/lib/actions/manage/targets";
import { requirePermission } from "@/lib/auth/current-user";
import { getTargetAssignments } from "@/lib/dal/manage/assignments";
import { targetScopeOptions } from "@/lib/dal/manage/target-scope";
import { taskUnitOptions } from "@/lib/dal/manage/task-units";
import { planOwnDocument } from "@/lib/dal/manage/plans";
import { getEditableTarget } from "@/lib/dal/manage/targets";
import { m } from "@/lib/i18n";

const t = m.manage.target;
export const metadata: Metadata = { title: m.manage.hub.targets };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const figure = (n: number | null) => (n === null ? "" : String(n));

/** A target's maintenance page: every field with revision history, and who reports on it. */
export default async function ManageTargetPage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/targets/[id]");
  const { id } = await params;
  const [target, assignments] = await Promise.all([getEditableTarget(user, id), getTargetAssignments(user, id)]);
  if (!target || !assignments) notFound();
  const [scopes, unitOptions, ownDocument] = await Promise.all([
    targetScopeOptions(user, target),
    taskUnitOptions(user, target.units.map((u) => u.unitId), target.plan.regionPath),
    planOwnDocument(user, target.plan.id),
  ]);
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs
          items={[
            { label: m.manage.hub.title, href: "/manage" },
            { label: target.plan.shortTitle, href: `/manage/plans/${target.plan.id}#tasks` },
            { label: target.task.code, href: `/manage/plans/${target.plan.id}/tasks/${target.task.id}` },
            { label: target.code },
          ]}
        />
        <PageHeader
          title={t.title(target.code)}
          description={`${target.task.number} ${target.task.title}`}
          actions={
            <Link href={`/targets/${target.id}`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 hover:bg-slate-50">
              {t.view}
            </Link>
          }
        />
      </div>
      {(await searchParams).created === "1" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">
          {m.manage.newTarget.created}
        </p>
      )}
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title={t.edit}>
          <OwnDocumentProvider value={ownDocument}>
            <TargetEditForm
              id={target.id}
              version={target.version}
              scopes={scopes}
              parts={{
                initial: {
                  milestones: target.milestones.map((ms) => ({ year: String(ms.year), value: figure(ms.value) })),
                  citations: target.citations,
                  units: target.units.map(({ unitId, isLead }) => ({ unitId, isLead })),
                },
                unitOptions,
                startYear: target.plan.startYear,
              }}
              initial={{
                metric: target.metric,
                comparator: target.comparator,
                value: figure(target.value),
                valueHigh: figure(target.valueHigh),
                unit: target.unit,
                deadlineYear: String(target.deadlineYear),
                deadlineDate: target.deadlineDate ?? "",
                kind: target.kind,
                baselineValue: figure(target.baselineValue),
                baselineYear: target.baselineYear === null ? "" : String(target.baselineYear),
                scope: target.scope,
                scopeRegionId: target.scopeRegionId ?? "",
                scopeHospitalId: target.scopeHospitalId ?? "",
                aggregation: target.aggregation,
                sourceFile: target.sourceFile,
                sourceQuote: target.sourceQuote,
                decisionNote: target.decisionNote ?? "",
              }}
            />
          </OwnDocumentProvider>
        </Card>
        <div className="min-w-0 space-y-5">
          <Card title={m.manage.assignments.title}>
            <p className="mb-3 text-xs text-slate-500">{m.manage.assignments.description}</p>
            <AssignmentPanel targetId={target.id} rows={assignments.rows} hospitals={assignments.hospitals} units={assignments.units} />
          </Card>
          <Card title={t.revisions}>
            <RevisionList target={target} />
          </Card>
          <Card title={m.manage.common.archive}>
            <ArchiveButton action={archiveTargetAction} id={target.id} label={m.manage.common.archive} title={t.archiveTitle} body={t.archiveBody} />
          </Card>
        </div>
      </div>
    </div>
  );
}
