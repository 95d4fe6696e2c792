import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatGrid } from "@/components/ui/stat-grid";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getCompleteness, listRegionPeriods, type CompletenessRow } from "@/lib/dal/reports";
import type { CompletenessState } from "@/lib/domain/report-workflow";
import { formatDate, formatDateTime, m } from "@/lib/i18n";
import { forbidden } from "next/navigation";

const c = m.reports.completeness;
export const metadata: Metadata = { title: c.title };
const STATES: CompletenessState[] = ["ON_TIME", "LATE", "DRAFT", "RETURNED", "NOT_STARTED"];
const TONE: Record<CompletenessState, string> = { ON_TIME: "text-ok", LATE: "text-warn", DRAFT: "text-slate-600", RETURNED: "text-bad", NOT_STARTED: "text-bad" };

/** Who has reported in a period, per hospital, unit and county (staff and leaders). */
export default async function CompletenessPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  const user = await requireUser();
  if (!can(user, "report:review") && !can(user, "dashboard:read")) forbidden();
  const periods = await listRegionPeriods(user);
  const { period: wanted } = await searchParams;
  const period = periods.find((p) => p.id === wanted) ?? periods.find((p) => p.status === "OPEN") ?? periods[0];
  const data = period ? await getCompleteness(user, period.id) : null;
  const canReview = can(user, "report:review");
  return (
    <div className="space-y-5">
      <PageHeader title={c.title} description={c.description} />
      <form className="flex flex-wrap items-end gap-3">
        <label className="text-sm text-slate-700">
          {m.reports.review.period}
          <select name="period" defaultValue={period?.id} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
            {periods.map((p) => <option key={p.id} value={p.id}>{p.regionName} {p.label}</option>)}
          </select>
        </label>
        <button className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50">{m.reports.review.filter}</button>
      </form>
      {!data || data.rows.length === 0 ? <EmptyState title={c.none} /> : (
        <>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm text-slate-600">{data.period.label} · {m.reports.home.deadline}：{formatDate(data.period.deadline)}</p>
            <Downloads periodId={data.period.id} />
          </div>
          <StatGrid stats={STATES.map((s) => ({ label: c.states[s], value: String(data.counts[s]) }))} />
          <Section title={c.hospitals} rows={data.rows.filter((r) => r.kind === "HOSPITAL")} canReview={canReview} />
          <Section title={c.units} rows={data.rows.filter((r) => r.kind === "UNIT")} canReview={canReview} />
          <section className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="mb-2 font-semibold text-slate-900">{c.counties}</h2>
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <thead className="text-left text-xs text-slate-500"><tr><th className="py-1 pr-3 font-medium">{c.region}</th>{STATES.map((s) => <th key={s} className="px-2 py-1 text-right font-medium">{c.states[s]}</th>)}</tr></thead>
                <tbody>{data.byRegion.map((r) => <tr key={r.regionName} className="border-t border-slate-100"><td className="py-1 pr-3">{r.regionName}</td>{STATES.map((s) => <td key={s} className="px-2 py-1 text-right tabular-nums">{r.counts[s]}</td>)}</tr>)}</tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}

/** The period's files (app/api/periods/[id]/…): the same scope as this page, each download audited. */
function Downloads({ periodId }: { periodId: string }) {
  const id = encodeURIComponent(periodId);
  const links = [
    { href: `/api/periods/${id}/workbook`, label: c.downloadWorkbook, hint: c.downloadWorkbookHint },
    { href: `/api/periods/${id}/completeness`, label: c.downloadCompleteness, hint: c.downloadCompletenessHint },
  ];
  return (
    <nav aria-label={c.downloads} className="flex flex-col gap-2 sm:flex-row">
      {links.map((l) => (
        <a key={l.href} href={l.href} download title={l.hint} className="inline-flex items-center justify-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
          <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
            <path d="M12 4v11m0 0l-4-4m4 4l4-4M5 19h14" />
          </svg>
          {l.label}
        </a>
      ))}
    </nav>
  );
}

function Section({ title, rows, canReview }: { title: string; rows: CompletenessRow[]; canReview: boolean }) {
  if (rows.length === 0) return null;
  const order = (r: CompletenessRow) => STATES.indexOf(r.state);
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 font-semibold text-slate-900">{title}（{rows.length}）</h2>
      <ul className="divide-y divide-slate-100 text-sm">
        {[...rows].sort((a, b) => order(b) - order(a)).map((r) => (
          <li key={r.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-2">
            <span className="min-w-0">
              {canReview && r.reportId ? <Link href={`/review/${r.reportId}`} className="text-brand-700 hover:underline">{r.name}</Link> : r.name}
              <span className="ml-2 text-xs text-slate-500">{r.regionName}</span>
            </span>
            <span className={`text-xs ${TONE[r.state]}`}>{c.states[r.state]}{r.submittedAt ? ` · ${formatDateTime(r.submittedAt)}` : ""}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
