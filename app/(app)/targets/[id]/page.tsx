import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SourceQuote } from "@/components/targets/source-quote";
import { TargetFacts } from "@/components/targets/target-facts";
import { TargetParties } from "@/components/targets/target-parties";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { canManagePlan } from "@/lib/auth/plan-access";
import { getTarget } from "@/lib/dal/targets";
import { citationQuoteKey, sourceViewHref, targetQuoteKey } from "@/lib/domain/source-anchor";
import { m } from "@/lib/i18n";

interface Props {
  params: Promise<{ id: string }>;
}

const t = m.targets.target;

// Metadata and page ask for the same target once per request.
const loadTarget = cache(async (id: string) => {
  const user = await requirePermission("plan:read", "/targets/[id]");
  return getTarget(user, id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const target = await loadTarget((await params).id);
  return { title: target ? `${target.code} ${target.metric}` : m.errors.notFoundTitle };
}

export default async function TargetPage({ params }: Props) {
  const target = await loadTarget((await params).id);
  if (!target) notFound();
  // Staff maintain the targets of their own region's plans, not of the regions above (issue #7).
  const editable = canManagePlan(await requirePermission("plan:read", "/targets/[id]"), target.plan);
  const { plan, task } = target;

  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs
          items={[
            { label: m.targets.planList.title, href: "/plans" },
            { label: plan.shortTitle, href: `/plans/${plan.code}#task-${task.code}` },
            { label: target.code },
          ]}
        />
        <PageHeader
          title={target.metric}
          description={`${target.code} · ${plan.title}`}
          actions={
            editable && (
              <Link href={`/manage/targets/${target.id}`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 hover:bg-slate-50">
                {m.manage.editLink}
              </Link>
            )
          }
        />
      </div>
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="min-w-0 space-y-5 lg:col-span-2">
          <Card title={t.details}>
            <TargetFacts target={target} />
          </Card>
          <Card title={t.source}>
            <SourceQuote
              quote={target.sourceQuote}
              file={target.sourceFile}
              href={sourceViewHref(plan.code, target.sourceFile, target.id, targetQuoteKey(target.id))}
            />
          </Card>
          {target.decisionNote && (
            <Card title={t.decisionNote}>
              <p className="text-sm leading-relaxed whitespace-pre-line text-slate-700">{target.decisionNote}</p>
            </Card>
          )}
          <Card title={`${t.citations}（${target.citations.length}）`}>
            {target.citations.length > 0 ? (
              <ol className="space-y-5">
                {target.citations.map((c) => (
                  <li key={c.id}>
                    <SourceQuote quote={c.quote} file={c.sourceFile} href={sourceViewHref(plan.code, c.sourceFile, target.id, citationQuoteKey(c.id))} />
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-sm text-slate-500">{t.noCitations}</p>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-5">
          <Card title={t.task}>
            {task.sectionTitle && <p className="text-xs text-slate-500">{task.sectionTitle}</p>}
            <p className="mt-1 font-medium leading-snug text-slate-900">
              <span className="mr-1.5 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">{task.number}</span>
              {task.title}
            </p>
            {task.text !== task.title && <p className="mt-2 text-sm leading-relaxed whitespace-pre-line text-slate-600">{task.text}</p>}
          </Card>
          <Card title={`${t.units} · ${t.assignees}`}>
            <TargetParties target={target} />
          </Card>
        </div>
      </div>
    </div>
  );
}
