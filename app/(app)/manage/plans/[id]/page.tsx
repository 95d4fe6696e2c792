import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArchiveStatus } from "@/components/manage/archive-status";
import { SortLinks } from "@/components/manage/list-controls";
import { PlanDocumentCard } from "@/components/manage/plan-document-card";
import { PlanForm } from "@/components/manage/plan-form";
import { SectionList } from "@/components/manage/section-list";
import { TaskFilterForm, taskListHref, TaskTable } from "@/components/manage/task-list";
import { PlanFacts } from "@/components/plans/plan-facts";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { archivePlanAction, restorePlanAction } from "@/lib/actions/manage/plans";
import { requirePermission } from "@/lib/auth/current-user";
import { manageRegionOptions } from "@/lib/dal/manage/regions";
import { getPlanDocument } from "@/lib/dal/manage/plan-document";
import { getManagedPlan, UNBUNDLED_SOURCE } from "@/lib/dal/manage/plans";
import { listPlanSections } from "@/lib/dal/manage/sections";
import { listManagedTasks } from "@/lib/dal/manage/tasks";
import { m } from "@/lib/i18n";
import { parseTaskListQuery, TASK_SORTS } from "@/lib/validation/tasks";

const p = m.manage.plans;
const k = m.manage.tasks;
export const metadata: Metadata = { title: p.title };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const button = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50";

/** One plan: its particulars, status, sections and tasks (issue #7). An archived plan is shown read-only until restored. */
export default async function ManagePlanPage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/plans/[id]");
  const { id } = await params;
  const search = await searchParams;
  const query = parseTaskListQuery(search);
  const [plan, sections, tasks, regions, document] = await Promise.all([
    getManagedPlan(user, id),
    listPlanSections(user, id),
    listManagedTasks(user, id, query),
    manageRegionOptions(user),
    getPlanDocument(user, id),
  ]);
  if (!plan || !sections || !tasks || !document) notFound();
  const live = !plan.archivedAt;
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: p.title, href: "/manage/plans" }, { label: plan.shortTitle }]} />
        <PageHeader
          title={plan.title}
          description={`${plan.code} · ${p.counts(plan.sectionCount, plan.taskCount, plan.targetCount)}`}
          actions={
            live && (
              <Link href={`/plans/${plan.code}`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 hover:bg-slate-50">
                {p.view}
              </Link>
            )
          }
        />
      </div>
      {search.created === "1" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">
          {p.created}
        </p>
      )}
      {!live && <PlanFacts plan={plan} />}
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title={p.card}>
          {live ? (
            <PlanForm
              regions={regions}
              ownDocument={plan.ownDocument}
              edit={{ id: plan.id, updatedAt: plan.updatedAt.toISOString() }}
              initial={{
                code: plan.code,
                title: plan.title,
                shortTitle: plan.shortTitle,
                documentNumber: plan.documentNumber ?? "",
                issuer: plan.issuer,
                issuedOn: plan.issuedOn?.toISOString().slice(0, 10) ?? "",
                startYear: String(plan.startYear),
                endYear: String(plan.endYear),
                regionId: plan.regionId,
                sourceFile: plan.sourceFile === UNBUNDLED_SOURCE ? "" : plan.sourceFile,
              }}
            />
          ) : (
            <p className="text-sm text-slate-600">{p.archivedReadOnly}</p>
          )}
        </Card>
        <div className="min-w-0 space-y-5">
          <Card title={p.status}>
            <ArchiveStatus
              id={plan.id}
              archivedAt={plan.archivedAt}
              active={p.active}
              archivedNote={p.archivedNote}
              archive={{ action: archivePlanAction, title: p.archiveTitle, body: p.archiveBody(plan.title) }}
              restore={{ action: restorePlanAction, title: p.restoreTitle, body: p.restoreBody(plan.title) }}
            />
          </Card>
          <section id="sections" className="scroll-mt-4">
            <Card title={m.manage.sections.title}>
              <p className="mb-3 text-xs text-slate-500">{m.manage.sections.description}</p>
              <SectionList planId={plan.id} sections={sections} />
              {live && (
                <Link href={`/manage/plans/${plan.id}/sections/new`} className={`mt-3 inline-block ${button}`}>
                  {m.manage.sections.create}
                </Link>
              )}
            </Card>
          </section>
        </div>
      </div>
      <PlanDocumentCard plan={plan} document={document} editable={live} />
      <section id="tasks" className="scroll-mt-4">
        <Card title={k.title}>
          <div className="space-y-3">
            {live && (
              <div className="flex flex-wrap gap-3">
                <Link href={`/manage/plans/${plan.id}/tasks/new`} className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
                  {k.create}
                </Link>
                <Link href={`/manage/import?plan=${plan.id}`} className={button}>
                  {k.importInto}
                </Link>
              </div>
            )}
            <TaskFilterForm planId={plan.id} query={query} sections={sections} total={tasks.total} />
            <SortLinks sorts={TASK_SORTS} labels={k.sorts} query={query} hrefFor={(change) => taskListHref(plan.id, query, change)} />
            {tasks.rows.length === 0 ? <EmptyState title={k.empty} body={live ? k.emptyBody : undefined} /> : <TaskTable planId={plan.id} rows={tasks.rows} />}
            <Pagination page={tasks.page} pageCount={tasks.pageCount} hrefFor={(n) => taskListHref(plan.id, query, { page: n })} labels={m.manage.common.pagination} />
          </div>
        </Card>
      </section>
    </div>
  );
}
