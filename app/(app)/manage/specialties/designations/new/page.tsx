import type { Metadata } from "next";
import { DesignationForm } from "@/components/manage/designation-form";
import { ManageHeader } from "@/components/manage/manage-header";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/current-user";
import { designationOptions } from "@/lib/dal/manage/designations";
import { m } from "@/lib/i18n";
import { plainParams } from "@/lib/validation/manage-fields";

const d = m.manage.designations;
export const metadata: Metadata = { title: d.createTitle };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** ?hospital= preselects the hospital (the link from a hospital's page). */
export default async function NewDesignationPage({ searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/specialties/designations/new");
  const options = await designationOptions(user);
  const hospital = plainParams(await searchParams).hospital ?? "";
  const initial = { hospitalId: options.hospitals.some((h) => h.id === hospital) ? hospital : "", specialtyId: "", level: "", status: "", programme: "", planId: "", taskCode: "", sourceFile: "", sourceQuote: "" };
  return (
    <div className="space-y-5">
      <ManageHeader trail={[{ label: d.title, href: "/manage/specialties/designations" }, { label: d.createTitle }]} title={d.createTitle} />
      <Card title={d.createTitle} className="max-w-3xl">
        <DesignationForm options={options} initial={initial} />
      </Card>
    </div>
  );
}
