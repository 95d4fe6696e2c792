import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { DashboardTabs } from "@/components/dashboard/dashboard-tabs";
import { DemoMark, DemoNote } from "@/components/dashboard/demo-mark";
import { ExportLink } from "@/components/dashboard/export-link";
import { RowsSkeleton } from "@/components/dashboard/skeletons";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { StatusCountCells } from "@/components/dashboard/status-count-cells";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDemoFigureTargets } from "@/lib/dal/dashboard/demo-figures";
import { getCountyComparison } from "@/lib/dal/dashboard/organisations";
import { m } from "@/lib/i18n";

const d = m.dashboard;
export const metadata: Metadata = { title: d.sections.counties };

async function CountyTable({ user }: { user: SessionUser }) {
  const [{ counties, rows }, demo] = await Promise.all([getCountyComparison(user), getDemoFigureTargets(user)]);
  if (counties.length === 0) return <EmptyState title={d.empty.noCounties} />;
  return (
    <>
      <DemoNote show={rows.some((r) => Object.values(r.cells).some((ts) => ts.some((t) => demo.has(t.id))))} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[44rem] table-fixed text-sm">
          <thead className="bg-slate-50 text-left align-top">
            <tr>
              <th className="sticky left-0 w-28 bg-slate-50 px-3 py-2 text-xs font-medium text-slate-500">{d.columns.task}</th>
              {counties.map((c) => (
                <th key={c.id} className="px-3 py-2 font-medium text-slate-900">
                  {c.name}
                  <span className="mt-1 block font-normal text-slate-600">
                    <StatusCountCells counts={c.counts} />
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {rows.map((r) => (
              <tr key={r.title}>
                <th className="sticky left-0 bg-white px-3 py-2 text-left text-xs font-medium text-slate-600">{r.title}</th>
                {counties.map((c) => (
                  <td key={c.id} className="px-3 py-2">
                    <ul className="space-y-2">
                      {(r.cells[c.id] ?? []).map((t) => (
                        <li key={t.id}>
                          <Link href={`/dashboard/targets/${t.id}`} className="block text-xs text-slate-800 hover:text-brand-700 hover:underline">
                            {t.metric}
                          </Link>
                          <StatusBadge status={t.status} />
                          {demo.has(t.id) && <DemoMark />}
                        </li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** 洞头 / 文成 / 泰顺 / 龙港 side by side on the county task table's targets (附件4). */
export default async function CountiesDashboardPage() {
  const user = await requirePermission("dashboard:read", "/dashboard/counties");
  return (
    <div className="space-y-4">
      <PageHeader title={d.counties.heading} description={d.counties.intro} actions={<ExportLink view="counties" />} />
      <DashboardTabs current="counties" />
      <Suspense fallback={<RowsSkeleton rows={6} />}>
        <CountyTable user={user} />
      </Suspense>
    </div>
  );
}
