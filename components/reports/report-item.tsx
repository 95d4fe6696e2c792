"use client";

import { FieldError, inputClass } from "@/components/forms/field";
import type { ValueHistoryRow } from "@/lib/dal/reports/history";
import type { ReportFormItem } from "@/lib/dal/reports/types";
import { trimDecimal } from "@/lib/domain/report-values";
import { formatTargetValue } from "@/lib/domain/target-value";
import { formatQuarter, m } from "@/lib/i18n";
import type { EntryDraft } from "./form-state";
import { ValueHistory } from "./value-history";

const f = m.reports.form;

/** One assigned target: what it asks for, the last approved value, and the inputs for this quarter. */
export function ReportItem({ item, entry, errors, readOnly, history, onChange }: {
  item: ReportFormItem;
  entry: EntryDraft;
  errors: Record<string, string>;
  readOnly: boolean;
  history?: ValueHistoryRow[];
  onChange: (entry: EntryDraft) => void;
}) {
  const id = (field: string) => `${item.assignmentId}-${field}`;
  const err = (field: string) => errors[`${item.assignmentId}.${field}`];
  const describedBy = (field: string) => (err(field) ? `${id(field)}-error` : undefined);
  const target = formatTargetValue({ comparator: item.comparator, value: num(item.value), valueHigh: num(item.valueHigh), unit: item.unit, kind: item.kind });
  const last = item.lastApproved;
  const lastText = last
    ? f.lastApprovedValue(item.kind === "MILESTONE" ? (last.milestoneDone ? f.done : f.notDone) : `${trimDecimal(last.value ?? "")} ${item.unit}`, formatQuarter(last.year, last.quarter))
    : f.noLastApproved;
  return (
    <li className="border-t border-slate-100 py-4 first:border-0">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-mono text-xs text-slate-500">{item.targetCode}</span>
        <span className="font-medium text-slate-900">{item.metric}</span>
      </div>
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
        <div><dt className="inline">{f.target}：</dt><dd className="inline">{target}，{f.targetDeadline(item.deadlineYear)}</dd></div>
        {item.shareValue && <div><dd>{f.share(trimDecimal(item.shareValue), item.unit)}</dd></div>}
        <div><dt className="inline">{f.lastApproved}：</dt><dd className="inline">{lastText}</dd></div>
      </dl>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer text-brand-700 hover:underline">{f.showSource}</summary>
        <blockquote className="mt-1 border-l-2 border-brand-100 pl-3 text-slate-600">{item.sourceQuote}</blockquote>
      </details>
      <ValueHistory rows={history} unit={item.unit} milestone={item.kind === "MILESTONE"} />
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {item.kind === "MILESTONE" ? (
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">{f.milestone}</legend>
            <div className="mt-1 flex gap-4" aria-describedby={describedBy("milestoneDone")}>
              {[true, false].map((done) => (
                <label key={String(done)} className="flex items-center gap-1.5 text-sm">
                  <input type="radio" name={id("done")} checked={entry.milestoneDone === done} disabled={readOnly} onChange={() => onChange({ ...entry, milestoneDone: done, milestoneDate: done ? entry.milestoneDate : "" })} />
                  {done ? f.done : f.notDone}
                </label>
              ))}
            </div>
            <FieldError id={`${id("milestoneDone")}-error`} message={err("milestoneDone")} />
            {entry.milestoneDone && (
              <label className="mt-2 block text-sm text-slate-700">
                {f.doneDate}
                <input type="date" value={entry.milestoneDate} readOnly={readOnly} aria-invalid={!!err("milestoneDate")} aria-describedby={describedBy("milestoneDate")}
                  onChange={(e) => onChange({ ...entry, milestoneDate: e.target.value })} className={inputClass(!!err("milestoneDate"))} />
              </label>
            )}
            <FieldError id={`${id("milestoneDate")}-error`} message={err("milestoneDate")} />
          </fieldset>
        ) : (
          <div>
            <label htmlFor={id("value")} className="text-sm font-medium text-slate-700">{f.cumulative}（{item.unit}）</label>
            <input id={id("value")} inputMode="decimal" autoComplete="off" value={entry.value} readOnly={readOnly} aria-invalid={!!err("value")} aria-describedby={describedBy("value")}
              onChange={(e) => onChange({ ...entry, value: e.target.value })} className={inputClass(!!err("value"))} />
            <FieldError id={`${id("value")}-error`} message={err("value")} />
          </div>
        )}
        <div>
          <label htmlFor={id("note")} className="text-sm font-medium text-slate-700">{f.note}</label>
          <textarea id={id("note")} rows={2} value={entry.note} readOnly={readOnly} placeholder={readOnly ? "" : f.notePlaceholder} aria-invalid={!!err("note")} aria-describedby={describedBy("note")}
            onChange={(e) => onChange({ ...entry, note: e.target.value })} className={inputClass(!!err("note"))} />
          <FieldError id={`${id("note")}-error`} message={err("note")} />
        </div>
      </div>
    </li>
  );
}

const num = (s: string | null) => (s === null ? null : Number(s));
