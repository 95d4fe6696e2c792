import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ManageHeader } from "@/components/manage/manage-header";
import { RecordStatus } from "@/components/manage/record-status";
import { SpecialtyForm } from "@/components/manage/specialty-form";
import { Card } from "@/components/ui/card";
import { archiveSpecialtyAction, restoreSpecialtyAction } from "@/lib/actions/manage/specialties";
import { requirePermission } from "@/lib/auth/current-user";
import { getManagedSpecialty } from "@/lib/dal/manage/specialties";
import { m } from "@/lib/i18n";

const s = m.manage.specialties;
export const metadata: Metadata = { title: s.title };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ManageSpecialtyPage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/specialties/[id]");
  const specialty = await getManagedSpecialty(user, (await params).id);
  if (!specialty) notFound();
  const created = (await searchParams).created === "1";
  return (
    <div className="space-y-5">
      <ManageHeader trail={[{ label: s.title, href: "/manage/specialties" }, { label: specialty.name }]} title={s.editTitle(specialty.name)} description={m.manage.specialtyCategories[specialty.category]} created={created && s.created} />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {!specialty.archivedAt && (
          <Card title={s.editTitle(specialty.name)}>
            <SpecialtyForm record={{ id: specialty.id, updatedAt: specialty.updatedAt.toISOString() }} initial={{ name: specialty.name, category: specialty.category }} />
          </Card>
        )}
        <RecordStatus
          id={specialty.id}
          archivedAt={specialty.archivedAt}
          archive={{ action: archiveSpecialtyAction, title: s.archiveTitle, body: s.archiveBody(specialty.name) }}
          restore={{ action: restoreSpecialtyAction, title: m.manage.records.restoreTitle, body: s.restoreBody(specialty.name) }}
        >
          <p className="mb-3 text-sm">
            <Link href={`/manage/specialties/designations?specialty=${specialty.id}&archived=1`} className="text-brand-700 hover:underline">
              {s.designationsTitle} →
            </Link>
          </p>
        </RecordStatus>
      </div>
    </div>
  );
}
