import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveStatus } from "@/components/manage/archive-status";
import { SectionForm } from "@/components/manage/section-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { archiveSectionAction, restoreSectionAction } from "@/lib/actions/manage/sections";
import { requirePermission } from "@/lib/auth/current-user";
import { getManagedPlan } from "@/lib/dal/manage/plans";
import { listPlanSections, parentOptions } from "@/lib/dal/manage/sections";
import { m } from "@/lib/i18n";

const s = m.manage.sections;
export const metadata: Metadata = { title: s.title };

interface Props {
  params: Promise<{ id: string; sectionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One section: edit it, or archive it (its tasks stay) and restore it. */
export default async function ManageSectionPage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/plans/[id]/sections/[sectionId]");
  const { id, sectionId } = await params;
  const [plan, sections] = await Promise.all([getManagedPlan(user, id), listPlanSections(user, id)]);
  const section = sections?.find((x) => x.id === sectionId);
  if (!plan || !sections || !section) notFound();
  const editable = !plan.archivedAt && !section.archivedAt;
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: m.manage.plans.title, href: "/manage/plans" }, { label: plan.shortTitle, href: `/manage/plans/${plan.id}#sections` }, { label: section.title }]} />
        <PageHeader title={s.editTitle(section.title)} description={`${section.code} · ${s.tasks(section.taskCount)}`} />
      </div>
      {(await searchParams).created === "1" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">
          {s.created}
        </p>
      )}
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
        <Card title={s.editTitle(section.title)}>
          {editable ? (
            <SectionForm
              planId={plan.id}
              ownDocument={plan.ownDocument}
              parents={parentOptions(sections, section.id)}
              edit={{ id: section.id, updatedAt: section.updatedAt.toISOString() }}
              initial={{ code: section.code, title: section.title, parentId: section.parentId ?? "", sortOrder: String(section.sortOrder), sourceFile: section.sourceFile ?? "" }}
            />
          ) : (
            <p className="text-sm text-slate-600">{plan.archivedAt ? m.manage.plans.archivedReadOnly : s.archivedReadOnly}</p>
          )}
        </Card>
        {!plan.archivedAt && (
          <Card title={s.status}>
            <ArchiveStatus
              id={section.id}
              archivedAt={section.archivedAt}
              active={s.active}
              archivedNote={s.archivedNote}
              archive={{ action: archiveSectionAction, title: s.archiveTitle, body: s.archiveBody(section.title) }}
              restore={{ action: restoreSectionAction, title: s.restoreTitle, body: s.restoreBody(section.title) }}
            />
          </Card>
        )}
      </div>
    </div>
  );
}
