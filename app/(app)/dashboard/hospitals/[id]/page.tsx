import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { DemoMark, DemoNote } from "@/components/dashboard/demo-mark";
import { ExportLink } from "@/components/dashboard/export-link";
import { formatLatest } from "@/components/dashboard/format";
import { RowsSkeleton } from "@/components/dashboard/skeletons";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { StatusCountCells } from "@/components/dashboard/status-count-cells";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDemoFigureTargets } from "@/lib/dal/dashboard/demo-figures";
import { getDashboardHospitalHeader } from "@/lib/dal/dashboard/headers";
import { getHospitalDashboard } from "@/lib/dal/dashboard/organisations";
import { m } from "@/lib/i18n";

const d = m.dashboard;
export const metadata: Metadata = { title: d.sections.units };

async function HospitalTargets({ user, id }: { user: SessionUser; id: string }) {
  const [view, demo] = await Promise.all([getHospitalDashboard(user, id), getDemoFigureTargets(user)]);
  if (!view) notFound();
  return (
    <>
      <StatusCountCells counts={view.counts} />
      <DemoNote show={view.targets.some((t) => demo.has(t.id))} />
      <Card title={d.hospital.targets}>
        {view.targets.length === 0 ? (
          <EmptyState title={d.empty.noRows} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {view.targets.map((t) => (
              <li key={t.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
                <Link href={`/dashboard/targets/${t.id}`} className="min-w-0 text-sm text-slate-900 hover:text-brand-700 hover:underline">
                  <span className="mr-1 font-mono text-xs text-slate-500">{t.code}</span>
                  {t.metric}
                </Link>
                <span className="flex shrink-0 flex-wrap items-center gap-2 text-xs text-slate-600 tabular-nums">
                  {d.hospital.own} {formatLatest(t.own, t.unit)}
                  {demo.has(t.id) && <DemoMark />}
                  <StatusBadge status={t.status} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={d.hospital.designations}>
        {view.designations.length === 0 ? (
          <p className="text-sm text-slate-500">{d.hospital.noDesignations}</p>
        ) : (
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {view.designations.map((s) => (
              <li key={`${s.specialty}-${s.level}`}>
                {s.specialty} <span className="text-xs text-slate-500">{s.programme ?? d.designationLevel[s.level]} · {m.dashboard.designationStatus[s.status]}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

/**
 * One hospital: the targets it reports on (with its own latest figure) and its specialty
 * designations. Its name decides the 404 at once; the judged targets follow behind a skeleton.
 */
export default async function HospitalDashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("dashboard:read", "/dashboard/hospitals/[id]");
  const hospital = await getDashboardHospitalHeader(user, (await params).id);
  if (!hospital) notFound();
  return (
    <div className="space-y-4">
      <div>
        <Breadcrumbs items={[{ label: d.title, href: "/dashboard" }, { label: d.sections.units, href: "/dashboard/units" }, { label: hospital.name }]} />
        <PageHeader title={hospital.name} description={hospital.regionName} actions={<ExportLink view="hospital" params={{ id: hospital.id }} />} />
      </div>
      <Suspense fallback={<RowsSkeleton rows={5} />}>
        <HospitalTargets user={user} id={hospital.id} />
      </Suspense>
    </div>
  );
}
