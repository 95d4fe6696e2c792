import Link from "next/link";
import type { PlanTaskOutline } from "@/lib/dal/plans";
import type { TargetRow } from "@/lib/dal/targets";
import { m } from "@/lib/i18n";
import { TargetTable } from "./target-table";
import { UnitChips } from "./unit-chips";

/** One numbered task of the plan with its responsible units and targets; `manageHref` when the user maintains the plan. */
export function TaskBlock({ task, targets, manageHref }: { task: PlanTaskOutline; targets: TargetRow[]; manageHref?: string | null }) {
  return (
    <article id={`task-${task.code}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-xs">
      <div className="flex items-start justify-between gap-3">
        <h3 className="font-semibold leading-snug text-slate-900">
          <span className="mr-2 inline-block rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-brand-800 align-[1px]">{task.number}</span>
          {task.title}
        </h3>
        {manageHref && (
          <Link href={manageHref} aria-label={`${m.manage.editLink} ${task.number} ${task.title}`} className="shrink-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:bg-slate-50">
            {m.manage.editLink}
          </Link>
        )}
      </div>
      {task.units.length > 0 && (
        <div className="mt-2 flex flex-wrap items-start gap-x-2 gap-y-1">
          <span className="pt-0.5 text-xs text-slate-500">{m.targets.plan.units}</span>
          <UnitChips units={task.units} />
        </div>
      )}
      <div className="mt-3">
        {targets.length > 0 ? <TargetTable targets={targets} /> : <p className="text-sm text-slate-500">{m.targets.plan.noTargets}</p>}
      </div>
    </article>
  );
}
