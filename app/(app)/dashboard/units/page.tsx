import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { DashboardTabs } from "@/components/dashboard/dashboard-tabs";
import { DemoNote } from "@/components/dashboard/demo-mark";
import { ExportLink } from "@/components/dashboard/export-link";
import { RowsSkeleton } from "@/components/dashboard/skeletons";
import { StatusCountCells } from "@/components/dashboard/status-count-cells";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDemoFigureTargets } from "@/lib/dal/dashboard/demo-figures";
import { getOrganisationsDashboard, type OrganisationRow } from "@/lib/dal/dashboard/organisations";
import { m } from "@/lib/i18n";

const d = m.dashboard;
export const metadata: Metadata = { title: d.sections.units };

function OrganisationList({ rows, hrefFor }: { rows: OrganisationRow[]; hrefFor: (r: OrganisationRow) => string }) {
  if (rows.length === 0) return <EmptyState title={d.empty.noOrganisations} />;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((r) => (
        <li key={r.id} className="py-2">
          <Link href={hrefFor(r)} className="text-sm font-medium text-brand-700 hover:underline">
            {r.name}
          </Link>
          <span className="ml-2 text-xs text-slate-500">
            {r.regionName} · {d.columns.count} {r.total}
          </span>
          <StatusCountCells counts={r.counts} />
        </li>
      ))}
    </ul>
  );
}

async function Organisations({ user }: { user: SessionUser }) {
  const [{ units, hospitals }, demo] = await Promise.all([getOrganisationsDashboard(user), getDemoFigureTargets(user)]);
  return (
    <>
      <DemoNote show={demo.size > 0} />
      <div className="grid gap-3 lg:grid-cols-2">
        <Card title={d.units.unitsHeading}>
          <OrganisationList rows={units} hrefFor={(r) => `/dashboard/plans/${encodeURIComponent(r.planCode)}?unit=${r.id}`} />
        </Card>
        <Card title={d.units.hospitalsHeading}>
          <OrganisationList rows={hospitals} hrefFor={(r) => `/dashboard/hospitals/${r.id}`} />
        </Card>
      </div>
    </>
  );
}

/** By responsible unit and by hospital: who answers for how many targets in which state. */
export default async function UnitsDashboardPage() {
  const user = await requirePermission("dashboard:read", "/dashboard/units");
  return (
    <div className="space-y-4">
      <PageHeader title={d.sections.units} description={d.intro(user.regionName)} actions={<ExportLink view="units" />} />
      <DashboardTabs current="units" />
      <Suspense fallback={<RowsSkeleton rows={8} />}>
        <Organisations user={user} />
      </Suspense>
    </div>
  );
}
