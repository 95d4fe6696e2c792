import Link from "next/link";
import { UnitChips } from "@/components/plans/unit-chips";
import type { ManagedSection } from "@/lib/dal/manage/sections";
import type { ManagedTaskRow } from "@/lib/dal/manage/tasks";
import { m } from "@/lib/i18n";
import type { TTaskListQuery } from "@/lib/validation/tasks";
import { ArchivedBadge, ArchivedToggle, listHref } from "./list-controls";

const k = m.manage.tasks;
const c = m.manage.common;
const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm";

/** The plan's maintenance page with some task-list parameters changed; defaults are left out. */
export function taskListHref(planId: string, q: TTaskListQuery, change: Partial<TTaskListQuery> = {}): string {
  const next = { ...q, page: 1, ...change };
  const href = listHref(`/manage/plans/${planId}`, {
    q: next.q,
    section: next.section,
    archived: next.archived ? "1" : null,
    sort: next.sort !== "sortOrder" ? next.sort : null,
    dir: next.dir !== "asc" ? next.dir : null,
    page: next.page > 1 ? String(next.page) : null,
  });
  return `${href}#tasks`;
}

export function TaskFilterForm({ planId, query, sections, total }: { planId: string; query: TTaskListQuery; sections: ManagedSection[]; total: number }) {
  return (
    <form method="get" action={`/manage/plans/${planId}#tasks`} className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
      <label className="block text-sm font-medium text-slate-700">
        {c.search}
        <input name="q" defaultValue={query.q} placeholder={k.searchPlaceholder} className={input} />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {k.section}
        <select name="section" defaultValue={query.section ?? ""} className={input}>
          <option value="">{k.allSections}</option>
          <option value="none">{k.noSection}</option>
          {sections.map((x) => (
            <option key={x.id} value={x.id}>
              {"　".repeat(x.depth)}
              {x.title}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
          {c.filter}
        </button>
        <Link href={`/manage/plans/${planId}#tasks`} className="text-sm text-brand-700 hover:underline">
          {c.clear}
        </Link>
      </div>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <ArchivedToggle checked={query.archived} total={total} className="sm:col-span-3" />
    </form>
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
              {t.archivedAt && <ArchivedBadge />}
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
