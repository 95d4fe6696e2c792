import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ManageHeader } from "@/components/manage/manage-header";
import { RecordStatus } from "@/components/manage/record-status";
import { RegionEditForm } from "@/components/manage/region-form";
import { RegionTree } from "@/components/manage/region-tree";
import { Card } from "@/components/ui/card";
import { archiveRegionAction, restoreRegionAction } from "@/lib/actions/manage/regions";
import { requirePermission } from "@/lib/auth/current-user";
import { getManagedRegion } from "@/lib/dal/manage/regions";
import { CHILD_LEVELS } from "@/lib/domain/region-code";
import { m } from "@/lib/i18n";

const r = m.manage.regions;
export const metadata: Metadata = { title: r.title };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One region: rename or reorder it, archive or restore it, and its children. */
export default async function ManageRegionPage({ params, searchParams }: Props) {
  const user = await requirePermission("plan:write", "/manage/regions/[id]");
  const region = await getManagedRegion(user, (await params).id);
  if (!region) notFound();
  const created = (await searchParams).created === "1";
  const { inUse } = region;
  return (
    <div className="space-y-5">
      <ManageHeader trail={[{ label: r.title, href: "/manage/regions" }, { label: region.name }]} title={r.editTitle(region.name)} description={`${region.code} · ${m.manage.regionLevels[region.level]}${region.parent ? ` · ${region.parent.name}` : ""}`} created={created && r.created} />
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {!region.archivedAt && (
          <Card title={r.editTitle(region.name)}>
            <RegionEditForm
              region={{ id: region.id, updatedAt: region.updatedAt.toISOString(), code: region.code, name: region.name, level: region.level, parentName: region.parent?.name ?? null, path: region.path, sortOrder: region.sortOrder }}
            />
          </Card>
        )}
        <div className="min-w-0 space-y-5">
          {region.level === "NATIONAL" ? (
            <Card title={m.manage.records.status}>
              <p className="text-sm text-slate-600">{r.counts(inUse.hospitals, inUse.units, inUse.users)}</p>
              <p className="mt-2 text-sm text-slate-600">{r.nationalRoot}</p>
            </Card>
          ) : (
            <RecordStatus
              id={region.id}
              archivedAt={region.archivedAt}
              archive={{ action: archiveRegionAction, title: r.archiveTitle, body: r.archiveBody(region.name) }}
              restore={{ action: restoreRegionAction, title: m.manage.records.restoreTitle, body: r.restoreBody(region.name) }}
            >
              <p className="mb-3 text-sm text-slate-600">{r.counts(inUse.hospitals, inUse.units, inUse.users)}</p>
            </RecordStatus>
          )}
          <Card title={r.children}>
            {region.children.length === 0 ? <p className="text-sm text-slate-500">{r.noChildren}</p> : <RegionTree regions={region.children} indentFrom={region.depth + 1} />}
            {!region.archivedAt && CHILD_LEVELS[region.level].length > 0 && (
              <Link href={`/manage/regions/new?parent=${region.id}`} className="mt-3 inline-block text-sm text-brand-700 hover:underline">
                + {r.createChild}
              </Link>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
