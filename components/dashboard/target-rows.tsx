import Link from "next/link";
import type { JudgedTarget } from "@/lib/dal/dashboard/judged-targets";
import { formatTargetValue } from "@/lib/domain/target-value";
import { m } from "@/lib/i18n";
import { formatLatest } from "./format";
import { DemoMark } from "./demo-mark";
import { ProgressBar } from "./progress-bar";
import { StatusBadge } from "./status-badge";

const c = m.dashboard.columns;

/**
 * The plan dashboard's rows: one block per target that reads on a phone (stacked) and on a desk
 * or A4 sheet (a grid of columns). Each row links to the target's dashboard and its reports.
 */
export function TargetRows({ rows, demo }: { rows: JudgedTarget[]; demo: ReadonlySet<string> }) {
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="target-rows">
      <li aria-hidden className="hidden grid-cols-[minmax(0,3fr)_7rem_minmax(0,2fr)_minmax(0,1.4fr)_4rem] gap-3 bg-slate-50 px-3 py-2 text-xs font-medium text-slate-500 md:grid print:grid">
        <span>{c.target}</span>
        <span>{c.status}</span>
        <span>{c.progress}</span>
        <span>{c.latest}</span>
        <span>{c.deadline}</span>
      </li>
      {rows.map((t) => (
        <li key={t.id} className="grid gap-2 px-3 py-3 break-inside-avoid md:grid-cols-[minmax(0,3fr)_7rem_minmax(0,2fr)_minmax(0,1.4fr)_4rem] md:items-start md:gap-3 print:grid-cols-[minmax(0,3fr)_7rem_minmax(0,2fr)_minmax(0,1.4fr)_4rem]">
          <div className="min-w-0">
            <Link href={`/dashboard/targets/${t.id}`} className="text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline">
              <span className="mr-1 font-mono text-xs text-slate-500">{t.code}</span>
              {t.metric}
            </Link>
            <p className="mt-0.5 text-xs text-slate-500">
              {c.targetValue} {formatTargetValue(t)} · {t.task.number} {t.task.title}
              {t.leadUnits.length > 0 && ` · ${c.lead} ${t.leadUnits.join("、")}`}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-1">
            <StatusBadge status={t.status} />
            {t.stale && t.status !== "NO_DATA" && <span className="text-xs text-warn">{m.dashboard.stale}</span>}
          </div>
          <ProgressBar progress={t.progress} expected={t.expected} />
          <div className="text-sm text-slate-700 tabular-nums">
            {formatLatest(t.latest, t.unit)}
            {demo.has(t.id) && <DemoMark />}
            <Link href={`/dashboard/targets/${t.id}#reports`} className="no-print block text-xs text-brand-700 hover:underline">
              {m.dashboard.reportCount(t.reportCount)}
            </Link>
          </div>
          <div className="text-sm text-slate-700 tabular-nums">
            <span className="text-xs text-slate-500 md:hidden">{c.deadline} </span>
            {t.deadline.slice(0, 4)}
          </div>
        </li>
      ))}
    </ol>
  );
}
