import Link from "next/link";
import type { PlanDashboard } from "@/lib/dal/dashboard/plan";
import { PROGRESS_STATUSES } from "@/lib/domain/progress";
import { m } from "@/lib/i18n";
import { PLAN_DASHBOARD_SORTS, type TPlanDashboardQuery } from "@/lib/validation/dashboard";

const f = m.dashboard.filters;
const KINDS = Object.keys(m.targets.kinds) as (keyof typeof m.targets.kinds)[];

function Select({ name, label, value, options }: { name: string; label: string; value: string | number | undefined; options: { id: string; label: string }[] }) {
  return (
    <label className="flex min-w-0 flex-col gap-1 text-xs text-slate-600">
      {label}
      <select name={name} defaultValue={value === undefined ? "" : String(value)} className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800">
        <option value="">{f.all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filters in force as "状态：已逾期" phrases, in the form's order (for the printed sheet). */
export function activeFilterLabels(query: TPlanDashboardQuery, options: PlanDashboard["options"]): string[] {
  const pick = (list: { id: string; label: string }[], id: string | undefined) => (id === undefined ? undefined : (list.find((o) => o.id === id)?.label ?? id));
  const parts: [string, string | undefined][] = [
    [f.status, query.status && m.progressStatus.labels[query.status]],
    [f.task, pick(options.tasks, query.task)],
    [f.unit, pick(options.units, query.unit)],
    [f.hospital, pick(options.hospitals, query.hospital)],
    [f.county, pick(options.counties, query.county)],
    [f.year, query.year === undefined ? undefined : String(query.year)],
    [f.kind, query.kind && m.targets.kinds[query.kind]],
  ];
  return parts.filter((p): p is [string, string] => p[1] !== undefined).map(([label, value]) => `${label}：${value}`);
}

/** A plain GET form: the filters live in the URL, so a filtered view can be shared or bookmarked. */
export function PlanFilterForm({ action, query, options }: { action: string; query: TPlanDashboardQuery; options: PlanDashboard["options"] }) {
  return (
    <form method="get" action={action} className="no-print grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-5" aria-label={f.heading}>
      <Select name="status" label={f.status} value={query.status} options={PROGRESS_STATUSES.map((s) => ({ id: s, label: m.progressStatus.labels[s] }))} />
      <Select name="task" label={f.task} value={query.task} options={options.tasks} />
      <Select name="unit" label={f.unit} value={query.unit} options={options.units} />
      <Select name="hospital" label={f.hospital} value={query.hospital} options={options.hospitals} />
      <Select name="county" label={f.county} value={query.county} options={options.counties} />
      <Select name="year" label={f.year} value={query.year} options={options.years.map((y) => ({ id: String(y), label: String(y) }))} />
      <Select name="kind" label={f.kind} value={query.kind} options={KINDS.map((k) => ({ id: k, label: m.targets.kinds[k] }))} />
      <label className="flex flex-col gap-1 text-xs text-slate-600">
        {f.sort}
        <select name="sort" defaultValue={query.sort} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800">
          {PLAN_DASHBOARD_SORTS.map((s) => (
            <option key={s} value={s}>
              {f.sorts[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-xs text-slate-600">
        {f.dir}
        <select name="dir" defaultValue={query.dir} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800">
          <option value="asc">{f.dirs.asc}</option>
          <option value="desc">{f.dirs.desc}</option>
        </select>
      </label>
      <div className="col-span-2 flex items-end gap-3 sm:col-span-1">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {f.apply}
        </button>
        <Link href={action} className="py-1.5 text-sm text-brand-700 hover:underline">
          {f.reset}
        </Link>
      </div>
    </form>
  );
}
