import Link from "next/link";
import { UnitChips } from "@/components/plans/unit-chips";
import type { ManagedSection } from "@/lib/dal/manage/sections";
import type { ManagedTaskRow } from "@/lib/dal/manage/tasks";
import { m } from "@/lib/i18n";
import { TASK_SORTS, type TTaskListQuery } from "@/lib/validation/tasks";
import { ArchivedTag, FilterSelect, ListFilterForm, listHref } from "./list-controls";

const k = m.manage.tasks;

/** The plan's maintenance page with some task-list parameters changed; defaults are left out. */
export const taskListHref = (planId: string, q: TTaskListQuery, change: Partial<TTaskListQuery> = {}) => `${listHref(`/manage/plans/${planId}`, q, TASK_SORTS[0], change)}#tasks`;

export function TaskFilterForm({ planId, query, sections, total }: { planId: string; query: TTaskListQuery; sections: ManagedSection[]; total: number }) {
  const options = [{ value: "none", label: k.noSection }, ...sections.map((x) => ({ value: x.id, label: `${"　".repeat(x.depth)}${x.title}` }))];
  return (
    <ListFilterForm path={`/manage/plans/${planId}#tasks`} query={query} total={total} searchPlaceholder={k.searchPlaceholder}>
      <FilterSelect name="section" label={k.section} value={query.section} all={k.allSections} options={options} />
    </ListFilterForm>
  );
}

/** The plan's tasks: number, title, section and units, each opening its maintenance page. */
export function TaskTable({ planId, rows }: { planId: string; rows: ManagedTaskRow[] }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label={k.title}>
      {rows.map((t) => (
        <li key={t.id} className="grid gap-1 py-3 sm:grid-cols-[7rem_minmax(0,1fr)_6rem] sm:gap-4">
          <span className="font-mono text-xs text-slate-500">{t.code}</span>
          <span className="min-w-0 space-y-1">
            <span className="block">
              <span className="mr-1.5 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">{t.number}</span>
              <Link href={`/manage/plans/${planId}/tasks/${t.id}`} className="font-medium text-brand-700 hover:underline">
                {t.title}
              </Link>
              {t.archivedAt && <ArchivedTag />}
            </span>
            <span className="block text-xs text-slate-500">{[t.sectionTitle ?? k.noSection, t.regionName].filter(Boolean).join(" · ")}</span>
            {t.units.length > 0 && <UnitChips units={t.units} />}
          </span>
          <span className="text-xs text-slate-500 sm:text-right">{k.targets(t.targetCount)}</span>
        </li>
      ))}
    </ul>
  );
}
