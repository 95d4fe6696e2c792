import Link from "next/link";
import type { CrossPlanComparison } from "@/lib/dal/dashboard/cross-plan";
import type { JudgedTarget } from "@/lib/dal/dashboard/judged-targets";
import { countStatuses } from "@/lib/dal/dashboard/overview";
import type { CrossPlanCell } from "@/lib/domain/cross-plan";
import { formatTargetValue } from "@/lib/domain/target-value";
import { m } from "@/lib/i18n";
import { DemoMark } from "./demo-mark";
import { formatLatest, percentOrDash } from "./format";
import { StatusBadge } from "./status-badge";
import { StatusCountCells } from "./status-count-cells";

const x = m.dashboard.crossPlan;
const c = m.dashboard.columns;

/** Static class names per column count (Tailwind only sees literal classes); print is A4, narrower than md. */
const COLUMNS: Record<number, string> = {
  1: "md:grid-cols-[9rem_minmax(0,1fr)] print:grid-cols-[7rem_minmax(0,1fr)]",
  2: "md:grid-cols-[9rem_repeat(2,minmax(0,1fr))] print:grid-cols-[7rem_repeat(2,minmax(0,1fr))]",
  3: "md:grid-cols-[9rem_repeat(3,minmax(0,1fr))] print:grid-cols-[7rem_repeat(3,minmax(0,1fr))]",
};

function OneTarget({ t, demo }: { t: JudgedTarget; demo: boolean }) {
  return (
    <div className="space-y-1">
      <Link href={`/dashboard/targets/${t.id}`} className="block text-sm text-slate-900 hover:text-brand-700 hover:underline">
        <span className="mr-1 font-mono text-xs text-slate-500">{t.code}</span>
        {t.metric}
      </Link>
      <StatusBadge status={t.status} />
      <p className="text-xs text-slate-600 tabular-nums">
        {c.targetValue} {formatTargetValue(t)} · {c.latest} {formatLatest(t.latest, t.unit)} · {c.achievement} {percentOrDash(t.progress)}
        {demo && <DemoMark />}
      </p>
      <Link href={`/dashboard/targets/${t.id}#reports`} className="no-print text-xs text-brand-700 hover:underline">
        {m.dashboard.reportCount(t.reportCount)}
      </Link>
    </div>
  );
}

/** Several targets (one per district): how many stand where, linked to the plan list of them. */
function ManyTargets({ targets, demo }: { targets: JudgedTarget[]; demo: boolean }) {
  const [first] = targets;
  const sameTask = targets.every((t) => t.task.id === first.task.id);
  const href = `/dashboard/plans/${encodeURIComponent(first.plan.code)}${sameTask ? `?task=${first.task.id}` : ""}`;
  return (
    <div className="space-y-1">
      <Link href={href} className="block text-sm text-slate-900 hover:text-brand-700 hover:underline">
        {first.metric}（{x.targets(targets.length)}）
      </Link>
      <p className="text-xs text-slate-600">
        {c.targetValue} {formatTargetValue(first)}
        {demo && <DemoMark />}
      </p>
      <StatusCountCells counts={countStatuses(targets)} />
    </div>
  );
}

function Cell({ cell, planTitle, demo }: { cell: CrossPlanCell<JudgedTarget> | null; planTitle: string; demo: ReadonlySet<string> }) {
  return (
    <div className="min-w-0 space-y-1 border-t border-slate-100 pt-2 md:border-0 md:pt-0 print:border-0 print:pt-0">
      <p className="text-xs font-medium text-slate-500 md:sr-only print:sr-only">{planTitle}</p>
      {cell === null ? (
        <p className="text-sm text-slate-500">{x.noMeasure}</p>
      ) : (
        <>
          {cell.targets.length === 0 ? <p className="text-sm text-slate-500">{x.archived}</p> : cell.targets.length === 1 ? (
            <OneTarget t={cell.targets[0]} demo={demo.has(cell.targets[0].id)} />
          ) : (
            <ManyTargets targets={cell.targets} demo={cell.targets.some((t) => demo.has(t.id))} />
          )}
          <p className="text-xs text-slate-500">
            {x.basis}：{cell.entry.basis}
          </p>
        </>
      )}
    </div>
  );
}

/**
 * The plans side by side on the measures they share: a row per family, a column per plan on a
 * desk or A4 sheet; on a phone each family is a card with the plans one under another.
 */
export function CrossPlanGrid({ view, demo }: { view: CrossPlanComparison; demo: ReadonlySet<string> }) {
  const columns = COLUMNS[view.plans.length] ?? COLUMNS[3];
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white" data-testid="cross-plan">
      <div aria-hidden className={`hidden gap-4 bg-slate-50 px-4 py-2 text-xs font-medium text-slate-500 md:grid print:grid ${columns}`}>
        <span>{x.measure}</span>
        {view.plans.map((p) => (
          <span key={p.code}>{p.shortTitle}</span>
        ))}
      </div>
      <ul className="divide-y divide-slate-200">
        {view.rows.map((row) => (
          <li key={row.key} className={`grid gap-3 px-4 py-3 break-inside-avoid md:gap-4 ${columns}`}>
            <h3 className="text-sm font-semibold text-slate-900">{x.families[row.key]}</h3>
            {row.cells.map((cell, i) => (
              <Cell key={view.plans[i].code} cell={cell} planTitle={view.plans[i].shortTitle} demo={demo} />
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
