import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ManageHeader } from "@/components/manage/manage-header";
import { RecordStatus } from "@/components/manage/record-status";
import { UnitForm } from "@/components/manage/unit-form";
import { scrollBox, UnitLinks } from "@/components/manage/unit-links";
import { Card } from "@/components/ui/card";
import { archiveUnitAction, restoreUnitAction } from "@/lib/actions/manage/units";
import { requirePermission } from "@/lib/auth/current-user";
import { manageRegionOptions } from "@/lib/dal/manage/regions";
import { getManagedUnit } from "@/lib/dal/manage/units";
import { m } from "@/lib/i18n";

const u = m.manage.units;
export const metadata: Metadata = { title: u.title };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One unit: edit, archive or restore it; the tasks it is linked to and the targets it reports on (read-only here). */
export default async function ManageUnitPage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/units/[id]");
  const unit = await getManagedUnit(user, (await params).id);
  if (!unit) notFound();
  const created = (await searchParams).created === "1";
  const regions = unit.archivedAt ? [] : await manageRegionOptions(user);
  return (
    <div className="space-y-5">
      <ManageHeader trail={[{ label: u.title, href: "/manage/units" }, { label: unit.name }]} title={u.editTitle(unit.name)} description={[unit.fullName, unit.regionName, m.manage.unitKinds[unit.kind]].filter(Boolean).join(" · ")} created={created && u.created} />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-5">
          {!unit.archivedAt && (
            <Card title={u.editTitle(unit.name)}>
              <UnitForm
                regions={regions}
                record={{ id: unit.id, updatedAt: unit.updatedAt.toISOString() }}
                initial={{ name: unit.name, fullName: unit.fullName ?? "", kind: unit.kind, regionId: unit.regionId }}
              />
            </Card>
          )}
          <Card title={u.tasksTitle}>
            <p className="mb-3 text-xs text-slate-500">{u.tasksNote}</p>
            <UnitLinks tasks={unit.tasks} />
          </Card>
        </div>
        <div className="min-w-0 space-y-5">
          <RecordStatus
            id={unit.id}
            archivedAt={unit.archivedAt}
            archive={{ action: archiveUnitAction, title: u.archiveTitle, body: u.archiveBody(unit.name) }}
            restore={{ action: restoreUnitAction, title: m.manage.records.restoreTitle, body: u.restoreBody(unit.name) }}
          >
            <p className="mb-3 text-sm text-slate-600">{u.users(unit.users)}</p>
          </RecordStatus>
          <Card title={u.assignmentsTitle}>
            {unit.assignments.length === 0 ? (
              <p className="text-sm text-slate-500">{u.noAssignments}</p>
            ) : (
              <ul aria-label={u.assignmentsTitle} tabIndex={0} className={`${scrollBox} text-sm`}>
                {unit.assignments.map((a) => (
                  <li key={a.id} className="py-1.5">
                    <Link href={`/targets/${a.target.id}`} className="text-brand-700 hover:underline">
                      {a.target.code}
                    </Link>{" "}
                    <span className="text-slate-700">{a.target.metric}</span>
                    <span className="block text-xs text-slate-500">{a.target.plan.shortTitle}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
