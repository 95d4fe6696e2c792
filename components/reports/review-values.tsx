import type { ValueHistoryRow } from "@/lib/dal/reports/history";
import type { ReportFormItem } from "@/lib/dal/reports/types";
import { trimDecimal } from "@/lib/domain/report-values";
import { formatTargetValue } from "@/lib/domain/target-value";
import { formatQuarter, m } from "@/lib/i18n";
import { ValueHistory } from "./value-history";

const r = m.reports.review;
const f = m.reports.form;

const shown = (item: ReportFormItem, v: { value: string | null; milestoneDone: boolean | null }, date?: string | null) =>
  item.kind === "MILESTONE" ? (v.milestoneDone === null ? "—" : v.milestoneDone ? `${f.done}${date ? ` ${date}` : ""}` : f.notDone) : v.value === null ? "—" : `${trimDecimal(v.value)} ${item.unit}`;

/** Each value next to the last approved one and the target, for the reviewer (cards on a phone). */
export function ReviewValues({ items, histories = {} }: { items: ReportFormItem[]; histories?: Record<string, ValueHistoryRow[]> }) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => {
        const target = formatTargetValue({ comparator: item.comparator, value: item.value === null ? null : Number(item.value), valueHigh: item.valueHigh === null ? null : Number(item.valueHigh), unit: item.unit, kind: item.kind });
        const last = item.lastApproved;
        return (
          <li key={item.assignmentId} className="py-3">
            <p className="font-medium text-slate-900"><span className="font-mono text-xs text-slate-500">{item.targetCode}</span> {item.metric}</p>
            <dl className="mt-1 grid grid-cols-1 gap-1 text-sm sm:grid-cols-3">
              <div><dt className="text-xs text-slate-500">{r.value}</dt><dd className="font-semibold text-brand-800">{shown(item, item.current, item.current.milestoneDate)}</dd></div>
              <div><dt className="text-xs text-slate-500">{r.lastQuarter}</dt><dd>{last ? `${shown(item, last)}（${formatQuarter(last.year, last.quarter)}）` : f.noLastApproved}</dd></div>
              <div><dt className="text-xs text-slate-500">{r.targetValue}</dt><dd>{target}，{f.targetDeadline(item.deadlineYear)}</dd></div>
            </dl>
            {item.current.note && <p className="mt-1 text-sm text-slate-600">{f.note.replace("（选填）", "")}：{item.current.note}</p>}
            <ValueHistory rows={histories[item.assignmentId]} unit={item.unit} milestone={item.kind === "MILESTONE"} />
          </li>
        );
      })}
    </ul>
  );
}
