import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PLAN_DOCUMENT_ANCHOR } from "@/components/manage/plan-document-card";
import { FileSwitcher } from "@/components/source/file-switcher";
import { FocusPanel } from "@/components/source/focus-panel";
import { ScrollToQuote } from "@/components/source/scroll-to-quote";
import { SourceText } from "@/components/source/source-text";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { canManagePlan } from "@/lib/auth/plan-access";
import { getPlanSource } from "@/lib/dal/plan-source";
import { sourceViewHref } from "@/lib/domain/source-anchor";
import { m } from "@/lib/i18n";

interface Props {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const s = m.targets.source;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

export const metadata: Metadata = { title: m.targets.plan.viewSource };

/** The plan's document as published, every target quote marked (provenance, DOMAIN.md). */
export default async function PlanSourcePage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:read", "/plans/source");
  const query = await searchParams;
  const view = await getPlanSource(user, (await params).code, { file: one(query.file), targetId: one(query.target) });
  if (!view) notFound();
  const { plan, focus, file } = view;
  const markCount = Object.values(view.occurrences).reduce((n, k) => n + k, 0);
  const manage = canManagePlan(user, plan) ? `/manage/plans/${plan.id}#${PLAN_DOCUMENT_ANCHOR}` : null;

  const header = (
    <div>
      <Breadcrumbs
        items={[
          { label: m.targets.planList.title, href: "/plans" },
          { label: plan.shortTitle, href: `/plans/${plan.code}` },
          { label: m.targets.plan.viewSource },
        ]}
      />
      <PageHeader title={s.title(plan.shortTitle)} description={[plan.title, plan.documentNumber].filter(Boolean).join(" · ")} />
    </div>
  );
  if (file === null) {
    return (
      <div className="space-y-4">
        {header}
        <EmptyState title={s.noText} body={s.noTextBody} />
        {manage && (
          <Link href={manage} className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
            {s.enterText}
          </Link>
        )}
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {header}
      {focus && <FocusPanel focus={focus} occurrences={view.occurrences} />}
      <FileSwitcher files={view.files} current={file} hrefFor={(f) => sourceViewHref(plan.code, f, focus?.targetId)} />
      {view.missing.length > 0 && <p className="rounded-md border border-bad/30 bg-red-50 px-3 py-2 text-sm text-bad">{s.missing(view.missing.join("、"))}</p>}
      <article className="rounded-lg border border-slate-200 bg-white shadow-xs">
        <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-100 px-4 py-3 text-xs text-slate-500 sm:px-6">
          <span className="min-w-0 break-all">
            {view.files.find((f) => f.file === file)?.label ?? file} <span className="font-mono text-slate-400">{file}</span>
          </span>
          <span>
            {s.quoteCount(markCount)} · {s.legend}
          </span>
        </header>
        <div className="px-4 py-4 sm:px-8 sm:py-6">
          <SourceText segments={view.segments} quotes={view.quotes} focusKeys={focus?.keys ?? []} />
        </div>
        <ScrollToQuote />
      </article>
    </div>
  );
}
