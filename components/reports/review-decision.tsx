"use client";

import { useActionState, useState } from "react";
import { FieldError, inputClass } from "@/components/forms/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { reviewReportsAction } from "@/lib/actions/reports/review-reports";
import type { ReportActionResult } from "@/lib/actions/reports/result-type";
import { m } from "@/lib/i18n";

const r = m.reports.review;

/** Approve, or return with a required reason; each after a confirmation. */
export function ReviewDecision({ reportId }: { reportId: string }) {
  const [state, action, pending] = useActionState<ReportActionResult, FormData>(reviewReportsAction, { ok: false });
  const [asking, setAsking] = useState<"APPROVE" | "RETURN" | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const error = reasonError ?? state.fieldErrors?.reason;
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="return-reason" className="text-sm font-medium text-slate-700">{r.reason}</label>
        <textarea id="return-reason" rows={3} value={reason} onChange={(e) => { setReason(e.target.value); setReasonError(undefined); }}
          aria-invalid={!!error} aria-describedby={error ? "return-reason-error" : undefined} className={inputClass(!!error)} />
        <FieldError id="return-reason-error" message={error} />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={pending} onClick={() => setAsking("APPROVE")} className="rounded-md bg-ok px-4 py-2 text-sm font-medium text-white hover:opacity-90">{r.approve}</button>
        <button type="button" disabled={pending} onClick={() => (reason.trim() ? setAsking("RETURN") : setReasonError(m.reports.validation.reasonRequired))}
          className="rounded-md border border-bad px-4 py-2 text-sm font-medium text-bad hover:bg-red-50">{r.returnReport}</button>
      </div>
      <p aria-live="polite" className={`text-sm ${state.ok ? "text-ok" : "text-bad"}`}>{state.message ?? (state.fieldErrors ? "" : state.formError)}</p>
      <ConfirmDialog open={asking !== null} title={asking === "RETURN" ? r.confirmReturnTitle : r.confirmApproveTitle}
        body={asking === "RETURN" ? r.confirmReturnBody : r.confirmApproveBody} onClose={() => setAsking(null)}>
        <form action={action} onSubmit={() => setAsking(null)} className="flex justify-end gap-2">
          <input type="hidden" name="reportId" value={reportId} />
          <input type="hidden" name="decision" value={asking ?? ""} />
          <input type="hidden" name="reason" value={asking === "RETURN" ? reason : ""} />
          <button type="button" onClick={() => setAsking(null)} className="rounded-md border border-slate-300 px-4 py-2 text-sm">{m.reports.form.cancel}</button>
          <button className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{asking === "RETURN" ? r.returnReport : r.approve}</button>
        </form>
      </ConfirmDialog>
    </div>
  );
}
