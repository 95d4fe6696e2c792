import type { Metadata } from "next";
import { PeriodTable } from "@/components/reports/period-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listPeriods } from "@/lib/dal/periods";
import { m } from "@/lib/i18n";

const p = m.reports.periods;
export const metadata: Metadata = { title: p.title };

export default async function PeriodsPage() {
  const user = await requirePermission("period:manage", "/admin/periods");
  const periods = await listPeriods(user);
  return (
    <div className="space-y-5">
      <PageHeader title={p.title} description={p.description} />
      <PeriodTable periods={periods} thisYear={new Date().getUTCFullYear()} />
    </div>
  );
}
