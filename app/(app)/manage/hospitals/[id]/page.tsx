import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DesignationList } from "@/components/manage/designation-list";
import { HospitalForm } from "@/components/manage/hospital-form";
import { ManageHeader } from "@/components/manage/manage-header";
import { RecordStatus } from "@/components/manage/record-status";
import { Card } from "@/components/ui/card";
import { archiveHospitalAction, restoreHospitalAction } from "@/lib/actions/manage/hospitals";
import { requirePermission } from "@/lib/auth/current-user";
import { hospitalDesignations } from "@/lib/dal/manage/designations";
import { getManagedHospital } from "@/lib/dal/manage/hospitals";
import { manageRegionOptions } from "@/lib/dal/manage/regions";
import { m } from "@/lib/i18n";

const h = m.manage.hospitals;
const d = m.manage.designations;
export const metadata: Metadata = { title: h.title };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One hospital: edit it, archive or restore it, and its specialty designations. An archived one stays readable for history. */
export default async function ManageHospitalPage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/hospitals/[id]");
  const hospital = await getManagedHospital(user, (await params).id);
  if (!hospital) notFound();
  const created = (await searchParams).created === "1";
  const [regions, designations] = await Promise.all([manageRegionOptions(user), hospitalDesignations(user, hospital.id)]);
  return (
    <div className="space-y-5">
      <ManageHeader trail={[{ label: h.title, href: "/manage/hospitals" }, { label: hospital.name }]} title={h.editTitle(hospital.name)} description={hospital.code} created={created && h.created} />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {hospital.archivedAt ? null : (
          <Card title={h.editTitle(hospital.name)}>
            <HospitalForm
              regions={regions}
              record={{ id: hospital.id, updatedAt: hospital.updatedAt.toISOString() }}
              initial={{
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
        )}
        <div className="min-w-0 space-y-5">
          <RecordStatus
            id={hospital.id}
            archivedAt={hospital.archivedAt}
            archive={{ action: archiveHospitalAction, title: h.archiveTitle, body: h.archiveBody(hospital.name) }}
            restore={{ action: restoreHospitalAction, title: h.restoreTitle, body: h.restoreBody(hospital.name) }}
          />
          <Card title={d.ofHospital}>
            <DesignationList rows={designations} empty={d.noneForHospital} showHospital={false} />
            {!hospital.archivedAt && (
              <Link href={`/manage/specialties/designations/new?hospital=${hospital.id}`} className="mt-3 inline-block text-sm text-brand-700 hover:underline">
                {d.addForHospital} →
              </Link>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
