import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveButton } from "@/components/manage/archive-button";
import { HospitalForm } from "@/components/manage/hospital-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { archiveHospitalAction } from "@/lib/actions/manage/hospitals";
import { requirePermission } from "@/lib/auth/current-user";
import { getManagedHospital, manageRegionOptions } from "@/lib/dal/manage/hospitals";
import { formatDateTime, m } from "@/lib/i18n";

const h = m.manage.hospitals;
export const metadata: Metadata = { title: h.title };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One hospital: edit it or archive it; an archived one stays readable for history. */
export default async function ManageHospitalPage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/hospitals/[id]");
  const hospital = await getManagedHospital(user, (await params).id);
  if (!hospital) notFound();
  const created = (await searchParams).created === "1";
  const regions = await manageRegionOptions(user);
  return (
    <div className="space-y-5">
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, { label: h.title, href: "/manage/hospitals" }, { label: hospital.name }]} />
        <PageHeader title={h.editTitle(hospital.name)} description={hospital.code} />
      </div>
      {created && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">
          {h.created}
        </p>
      )}
      {hospital.archivedAt ? (
        <Card title={h.status}>
          <p className="text-sm text-slate-700">
            {m.manage.common.archivedBadge} · {formatDateTime(hospital.archivedAt)}
          </p>
        </Card>
      ) : (
        <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)]">
          <Card title={h.editTitle(hospital.name)}>
            <HospitalForm
              regions={regions}
              initial={{
                id: hospital.id,
                code: hospital.code,
                name: hospital.name,
                shortName: hospital.shortName ?? "",
                aliases: hospital.aliases.join("、"),
                level: hospital.level ?? "",
                kind: hospital.kind,
                regionId: hospital.regionId,
              }}
            />
          </Card>
          <Card title={h.status}>
            <p className="mb-3 text-sm text-slate-600">{h.active}</p>
            <ArchiveButton action={archiveHospitalAction} id={hospital.id} label={m.manage.common.archive} title={h.archiveTitle} body={h.archiveBody(hospital.name)} />
          </Card>
        </div>
      )}
    </div>
  );
}
