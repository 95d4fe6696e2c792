import Link from "next/link";
import type { ManagedUnit } from "@/lib/dal/manage/units";
import { m } from "@/lib/i18n";

const u = m.manage.units;

/** A long list (市卫健委 leads ninety tasks) scrolls in its own box, reachable by keyboard. */
export const scrollBox = "max-h-[32rem] divide-y divide-slate-100 overflow-y-auto pr-1 focus:outline-2 focus:outline-brand-600";

/** The tasks a unit is linked to, lead or co-unit said in words; each opens where it sits in its plan. */
export function UnitLinks({ tasks }: { tasks: ManagedUnit["tasks"] }) {
  if (tasks.length === 0) return <p className="text-sm text-slate-500">{u.noTasks}</p>;
  return (
    <ul aria-label={u.tasksTitle} tabIndex={0} className={scrollBox}>
      {tasks.map(({ isLead, task }) => (
        <li key={task.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:gap-3">
          <span className={`w-fit shrink-0 rounded px-1.5 py-0.5 text-xs font-medium ${isLead ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-600"}`}>{isLead ? u.lead : u.coLead}</span>
          <span className="min-w-0 text-sm">
            <Link href={`/plans/${task.plan.code}#task-${task.code}`} className="text-brand-700 hover:underline">
              {task.number} {task.title}
            </Link>
            <span className="block text-xs text-slate-500">
              {task.plan.shortTitle} · {task.code}
              {task.archivedAt && ` · ${u.archivedTask}`}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
