import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PlanFacts } from "@/components/plans/plan-facts";
import { SectionIndex } from "@/components/plans/section-index";
import { TargetFilterForm } from "@/components/plans/target-filter-form";
import { TaskBlock } from "@/components/plans/task-block";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission, requireUser } from "@/lib/auth/current-user";
import { canManagePlan } from "@/lib/auth/plan-access";
import { getPlanByCode, getPlanOutline } from "@/lib/dal/plans";
import { listPlanTargets } from "@/lib/dal/targets";
import { buildPlanOutline } from "@/lib/domain/plan-outline";
import { m } from "@/lib/i18n";
import { parseTargetFilter } from "@/lib/validation/targets";

interface Props {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// Metadata and page ask for the same plan once per request.
const loadPlan = cache(async (code: string) => {
  const user = await requirePermission("plan:read", "/plans/[code]");
  return getPlanByCode(user, code);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await loadPlan((await params).code);
  return { title: plan?.shortTitle ?? m.errors.notFoundTitle };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const plan = await loadPlan((await params).code);
  if (!plan) notFound();
  const [{ sections, tasks }, targets] = await Promise.all([getPlanOutline(user, plan.id), listPlanTargets(user, plan.id)]);
  const filter = parseTargetFilter(await searchParams);
  const outline = buildPlanOutline(sections, tasks, targets, filter);
  const shown = outline.reduce((n, o) => n + o.tasks.reduce((k, t) => k + t.targets.length, 0), 0);
  const anchor = (code: string | undefined) => `section-${code ?? "other"}`;
  const href = `/plans/${plan.code}`;
  // Edit controls only where the writes would be allowed: a county's staff see the city plan but do not maintain it.
  const manage = canManagePlan(user, plan) ? `/manage/plans/${plan.id}` : null;

  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.targets.planList.title, href: "/plans" }, { label: plan.shortTitle }]} />
        <PageHeader
          title={plan.title}
          description={m.targets.plan.tasksAndTargets(tasks.length, targets.length)}
          actions={
            <>
              {manage && (
                <Link href={manage} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 hover:bg-slate-50">
                  {m.manage.plans.manage}
                </Link>
              )}
              <Link href={`${href}/source`} className="rounded-md border border-brand-700 px-3 py-2 text-sm text-brand-700 hover:bg-brand-50">
                {m.targets.plan.viewSource}
              </Link>
            </>
          }
        />
      </div>
      <PlanFacts plan={plan} />
      <TargetFilterForm action={href} filter={filter} shown={shown} total={targets.length} />
      <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-6">
        <aside className="mb-5 lg:mb-0">
          <SectionIndex
            entries={outline.map((o) => ({
              anchor: anchor(o.section?.code),
              title: o.section?.title ?? m.targets.plan.noSection,
              depth: o.depth,
              targetCount: o.tasks.reduce((n, t) => n + t.targets.length, 0),
            }))}
          />
        </aside>
        <div className="min-w-0 space-y-8">
          {outline.length === 0 && <EmptyState title={m.targets.plan.filterEmpty} />}
          {outline.map((o) => (
            <section key={anchor(o.section?.code)} id={anchor(o.section?.code)} aria-labelledby={`${anchor(o.section?.code)}-h`} className="scroll-mt-4 space-y-3">
              <h2 id={`${anchor(o.section?.code)}-h`} className="border-l-4 border-brand-700 pl-3 text-lg font-semibold leading-snug text-slate-900">
                {o.section?.title ?? m.targets.plan.noSection}
              </h2>
              {o.tasks.map(({ task, targets: rows }) => (
                <TaskBlock key={task.id} task={task} targets={rows} manageHref={manage && `${manage}/tasks/${task.id}`} />
              ))}
            </section>
          ))}
          <p className="text-right text-sm">
            <a href="#main" className="text-brand-700 hover:underline">
              {m.targets.plan.backToTop}
            </a>
          </p>
        </div>
      </div>
    </div>
  );
}
