"use client";

import { useActionState, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { managePeriodAction, type PeriodFormState } from "@/lib/actions/periods/manage-period";
import type { PeriodRow } from "@/lib/dal/periods";
import { formatDate, m } from "@/lib/i18n";

const p = m.reports.periods;
const input = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/** Periods with their actions; closing asks for confirmation (a closed period accepts no changes). */
export function PeriodTable({ periods, thisYear }: { periods: PeriodRow[]; thisYear: number }) {
  const [state, action, pending] = useActionState<PeriodFormState, FormData>(managePeriodAction, { ok: false });
  const [closing, setClosing] = useState<PeriodRow | null>(null);
  return (
    <div className="space-y-4">
      <form action={action} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <input type="hidden" name="intent" value="create" />
        <label className="text-sm">{p.year}<input name="year" type="number" defaultValue={thisYear} min={2020} max={2100} className={`${input} mt-1 block w-24`} /></label>
        <label className="text-sm">{p.quarter}
          <select name="quarter" className={`${input} mt-1 block`}>{[1, 2, 3, 4].map((q) => <option key={q} value={q}>第{q}季度</option>)}</select>
        </label>
        <label className="text-sm">{p.opensOnOptional}<input name="opensOn" type="date" className={`${input} mt-1 block`} /></label>
        <label className="text-sm">{p.deadline}<input name="deadline" type="date" className={`${input} mt-1 block`} /></label>
        <button disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{p.create}</button>
      </form>
      <p aria-live="polite" className={`text-sm ${state.ok ? "text-ok" : "text-bad"}`}>{state.message ?? state.formError}</p>
      {periods.length === 0 && <EmptyState title={p.empty} body={p.emptyBody} />}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white empty:hidden">
        {periods.map((row) => (
          <li key={row.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="font-medium text-slate-900">{row.regionName} {row.label} <span className="ml-1 text-xs text-slate-500">{m.reports.periodStatus[row.status]}</span></p>
              <p className="text-xs text-slate-500">{p.opensOn} {formatDate(row.opensOn)} · {p.deadline} {formatDate(row.deadline)}{row.status === "OPEN" ? ` · ${m.reports.daysLeft(row.daysLeft)}` : ""} · {p.reports} {row.reportCount}</p>
            </div>
            {row.status !== "CLOSED" && (
              <div className="flex flex-wrap items-center gap-2">
                {row.status === "PLANNED" && (
                  <form action={action}><input type="hidden" name="intent" value="open" /><input type="hidden" name="periodId" value={row.id} />
                    <button className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">{p.open}</button></form>
                )}
                <form action={action} className="flex items-center gap-1">
                  <input type="hidden" name="intent" value="extend" /><input type="hidden" name="periodId" value={row.id} />
                  <input name="deadline" type="date" required aria-label={`${row.label} ${p.newDeadline}`} className={input} />
                  <button className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">{p.extend}</button>
                </form>
                <button type="button" onClick={() => setClosing(row)} className="rounded-md border border-bad px-3 py-1.5 text-sm text-bad hover:bg-red-50">{p.close}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog open={closing !== null} title={p.confirmCloseTitle} body={p.confirmCloseBody} onClose={() => setClosing(null)}>
        <form action={action} onSubmit={() => setClosing(null)} className="flex justify-end gap-2">
          <input type="hidden" name="intent" value="close" /><input type="hidden" name="periodId" value={closing?.id ?? ""} />
          <button type="button" onClick={() => setClosing(null)} className="rounded-md border border-slate-300 px-4 py-2 text-sm">{m.reports.form.cancel}</button>
          <button className="rounded-md bg-bad px-4 py-2 text-sm font-medium text-white">{p.close}</button>
        </form>
      </ConfirmDialog>
    </div>
  );
}
