import Link from "next/link";
import type { PlanOverview } from "@/lib/dal/dashboard/overview";
import { formatNumber, formatPercent, m } from "@/lib/i18n";
import { Card } from "@/components/ui/card";
import { StatGrid } from "@/components/ui/stat-grid";
import { TargetLineList } from "./lagging-list";
import { StatusCountList } from "./status-counts";

const d = m.dashboard;

/** One plan on the overview: its figures, the count per status, the most lagging targets, what changed. */
export function PlanOverviewSection({ plan: p, demo }: { plan: PlanOverview; demo: ReadonlySet<string> }) {
  const planHref = `/dashboard/plans/${encodeURIComponent(p.code)}`;
  return (
    <section aria-labelledby={`plan-${p.code}`} className="space-y-3 break-inside-avoid-page">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`plan-${p.code}`} className="text-lg font-semibold text-slate-900">
          {p.shortTitle} <span className="text-sm font-normal text-slate-500">{p.startYear}–{p.endYear}</span>
        </h2>
        <Link href={planHref} className="no-print text-sm font-medium text-brand-700 hover:underline">
          {d.plan.open} →
        </Link>
      </div>
      <StatGrid
        stats={[
          { label: d.figures.targets, value: formatNumber(p.total) },
          { label: d.figures.good, value: formatPercent(p.goodShare), hint: `${p.counts.ACHIEVED + p.counts.ON_TRACK} / ${p.total}` },
          { label: d.figures.lagging, value: formatNumber(p.counts.OFF_TRACK + p.counts.OVERDUE + p.counts.AT_RISK) },
          { label: d.figures.noData, value: formatNumber(p.counts.NO_DATA) },
        ]}
      />
      <div className="grid gap-3 lg:grid-cols-3 print:grid-cols-3">
        <Card title={d.plan.statusList}>
          <StatusCountList counts={p.counts} label={`${p.shortTitle} ${d.plan.statusList}`} hrefFor={(s) => `${planHref}?status=${s}`} />
        </Card>
        <Card title={d.plan.laggingHeading}>
          {p.lagging.length === 0 ? <p className="text-sm text-slate-500">{d.plan.noLagging}</p> : <TargetLineList targets={p.lagging} label={d.plan.laggingHeading} demo={demo} />}
        </Card>
        <Card title={d.plan.changedHeading}>
          {p.changed.length === 0 ? (
            <p className="text-sm text-slate-500">{d.plan.noChange}</p>
          ) : (
            <>
              <p className="mb-1 text-sm text-slate-700">{d.plan.changedSummary(p.improved, p.worsened)}</p>
              <ul className="divide-y divide-slate-100 text-sm">
                {p.changed.slice(0, 6).map((c) => (
                  <li key={c.target.id} className="py-2">
                    <Link href={`/dashboard/targets/${c.target.id}`} className="hover:text-brand-700 hover:underline">
                      <span className="mr-1 font-mono text-xs text-slate-500">{c.target.code}</span>
                      {c.target.metric}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      {m.progressStatus.labels[c.from]} → {m.progressStatus.labels[c.to]}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </div>
    </section>
  );
}
