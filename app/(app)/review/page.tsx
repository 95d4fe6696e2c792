import type { Metadata } from "next";
import { ReviewQueue } from "@/components/reports/review-queue";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { listRegionPeriods, listReviewQueue } from "@/lib/dal/reports";
import { m } from "@/lib/i18n";

const r = m.reports.review;
export const metadata: Metadata = { title: r.title };
const STATUSES = ["SUBMITTED", "RETURNED", "APPROVED", "DRAFT"] as const;

/** Staff's review queue for a period, filterable by status (issue #5, "Review"). */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ period?: string; status?: string }> }) {
  const user = await requirePermission("report:review", "/review");
  const periods = await listRegionPeriods(user);
  const params = await searchParams;
  const period = periods.find((p) => p.id === params.period) ?? periods.find((p) => p.status === "OPEN") ?? periods[0];
  const status = STATUSES.find((s) => s === params.status);
  const rows = period ? await listReviewQueue(user, { periodId: period.id, status }) : [];
  return (
    <div className="space-y-5">
      <PageHeader title={r.title} description={r.description} />
      <form className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <label className="text-sm text-slate-700">
          {r.period}
          <select name="period" defaultValue={period?.id} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
            {periods.map((p) => <option key={p.id} value={p.id}>{p.regionName} {p.label}（{m.reports.periodStatus[p.status]}）</option>)}
          </select>
        </label>
        <label className="text-sm text-slate-700">
          {r.status}
          <select name="status" defaultValue={status ?? ""} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
            <option value="">{r.all}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{m.reports.status[s]}</option>)}
          </select>
        </label>
        <button className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-50">{r.filter}</button>
      </form>
      {rows.length === 0 ? <EmptyState title={r.empty} /> : <ReviewQueue key={`${period?.id}-${status}`} rows={rows} />}
    </div>
  );
}
