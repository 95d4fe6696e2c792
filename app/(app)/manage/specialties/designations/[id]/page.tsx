import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DesignationForm } from "@/components/manage/designation-form";
import { ManageHeader } from "@/components/manage/manage-header";
import { RecordStatus } from "@/components/manage/record-status";
import { Card } from "@/components/ui/card";
import { archiveDesignationAction, restoreDesignationAction } from "@/lib/actions/manage/specialties";
import { requirePermission } from "@/lib/auth/current-user";
import { designationOptions, getManagedDesignation } from "@/lib/dal/manage/designations";
import { m } from "@/lib/i18n";

const d = m.manage.designations;
export const metadata: Metadata = { title: d.title };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ManageDesignationPage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/specialties/designations/[id]");
  const designation = await getManagedDesignation(user, (await params).id);
  if (!designation) notFound();
  const created = (await searchParams).created === "1";
  const title = d.editTitle(designation.hospital.name, designation.specialty.name);
  const options = designation.archivedAt ? null : await designationOptions(user, designation.sourceFile);
  return (
    <div className="space-y-5">
      <ManageHeader
        trail={[{ label: d.title, href: "/manage/specialties/designations" }, { label: `${designation.hospital.name} · ${designation.specialty.name}` }]}
        title={title}
        description={`${m.manage.designationLevels[designation.level]} · ${m.manage.designationStatuses[designation.status]}`}
        created={created && d.created}
      />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {options && (
          <Card title={title}>
            <DesignationForm
              options={options}
              record={{ id: designation.id, updatedAt: designation.updatedAt.toISOString() }}
              initial={{
                hospitalId: designation.hospitalId,
                specialtyId: designation.specialtyId,
                level: designation.level,
                status: designation.status,
                programme: designation.programme ?? "",
                planId: designation.planId ?? "",
                taskCode: designation.task?.code ?? "",
                sourceFile: designation.sourceFile ?? "",
                sourceQuote: designation.sourceQuote ?? "",
              }}
            />
          </Card>
        )}
        <RecordStatus
          id={designation.id}
          archivedAt={designation.archivedAt}
          archive={{ action: archiveDesignationAction, title: d.archiveTitle, body: d.archiveBody }}
          restore={{ action: restoreDesignationAction, title: m.manage.records.restoreTitle, body: d.restoreBody }}
        />
      </div>
    </div>
  );
}
