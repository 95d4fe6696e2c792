"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { reviewReportsAction } from "@/lib/actions/reports/review-reports";
import type { ReportActionResult } from "@/lib/actions/reports/result-type";
import type { ReviewQueueRow } from "@/lib/dal/reports";
import { formatDateTime, m } from "@/lib/i18n";
import { ReportStatusBadge } from "./status-badge";

const r = m.reports.review;

/** The queue with checkboxes for bulk approval; only submitted reports can be selected. */
export function ReviewQueue({ rows }: { rows: ReviewQueueRow[] }) {
  const [state, action, pending] = useActionState<ReportActionResult, FormData>(reviewReportsAction, { ok: false });
  const selectable = rows.filter((row) => row.status === "SUBMITTED").map((row) => row.id);
  const [selected, setSelected] = useState<string[]>([]);
  const allSelected = selectable.length > 0 && selectable.every((id) => selected.includes(id));
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="decision" value="APPROVE" />
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={allSelected} disabled={selectable.length === 0} onChange={() => setSelected(allSelected ? [] : selectable)} />
          {r.selectAll}
        </label>
        <button disabled={pending || selected.length === 0} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50">
          {r.approveSelected}（{selected.length}）
        </button>
        <p aria-live="polite" className={`text-sm ${state.ok ? "text-ok" : "text-bad"}`}>{state.message ?? state.formError}</p>
      </div>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {rows.map((row) => (
          <li key={row.id} className="flex items-start gap-3 p-3">
            <input type="checkbox" name="reportId" value={row.id} aria-label={row.reporterName} className="mt-1" disabled={row.status !== "SUBMITTED"}
              checked={selected.includes(row.id)} onChange={() => toggle(row.id)} />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/review/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.reporterName}</Link>
                <ReportStatusBadge status={row.status} />
                {row.resubmitted && row.status === "SUBMITTED" && <span className="text-xs text-warn">{m.reports.status.RETURNED} → {m.reports.status.SUBMITTED}</span>}
              </div>
              <p className="text-xs text-slate-500">
                {row.regionName} · {row.submittedAt ? `${r.submittedAt} ${formatDateTime(row.submittedAt)}` : "—"}
              </p>
            </div>
            <Link href={`/review/${row.id}`} className="shrink-0 rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">{r.open}</Link>
          </li>
        ))}
      </ul>
    </form>
  );
}
