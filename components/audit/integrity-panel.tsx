"use client";

import { useActionState } from "react";
import { verifyAuditLogAction, type VerifyAuditLogState } from "@/lib/actions/audit/verify-audit-log";
import { formatNumber, m } from "@/lib/i18n";

const t = m.audit.integrity;

/** "校验完整性": re-computes every hash chain on the server (recorded as audit.verify) and shows the answer. */
export function IntegrityPanel() {
  const [state, verify, pending] = useActionState<VerifyAuditLogState, FormData>(verifyAuditLogAction, { ok: false });
  const result = state.result;
  const breakCount = state.breakCount ?? 0;
  return (
    <section aria-labelledby="integrity-heading" className="rounded-lg border border-slate-200 bg-white p-3 shadow-xs sm:p-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <h2 id="integrity-heading" className="text-sm font-semibold text-slate-900">
            {t.title}
          </h2>
          <p className="mt-0.5 text-xs text-slate-500">{t.body}</p>
        </div>
        <form action={verify} className="shrink-0">
          <button type="submit" disabled={pending} className="rounded-md border border-brand-700 bg-white px-4 py-2 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-70">
            {pending ? t.running : t.button}
          </button>
        </form>
      </div>
      <div aria-live="polite">
        {state.formError && <p className="mt-3 text-sm text-bad">{state.formError}</p>}
        {result && (
          <div className="mt-3 space-y-2 border-t border-slate-100 pt-3 text-sm">
            <p className={`flex items-center gap-1.5 font-medium ${breakCount === 0 ? "text-ok" : "text-bad"}`}>
              <svg aria-hidden viewBox="0 0 24 24" className="h-4 w-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round">
                {breakCount === 0 ? <path d="M5 12.5l4.5 4.5L19 7.5" /> : <path d="M12 7v6M12 17h.01M3.5 19.5h17L12 4z" />}
              </svg>
              {breakCount === 0 ? t.intact : t.broken(breakCount)}
            </p>
            <dl className="grid gap-x-4 gap-y-1 text-xs sm:grid-cols-[auto_1fr]">
              <dt className="text-slate-500">{t.checked}</dt>
              <dd className="tabular-nums text-slate-800">{formatNumber(result.checked)}</dd>
              <dt className="text-slate-500">{t.breaks}</dt>
              <dd className="tabular-nums text-slate-800">{formatNumber(breakCount)}</dd>
              <dt className="text-slate-500">{t.chains}</dt>
              <dd className="tabular-nums text-slate-800">{formatNumber(result.heads.length)}</dd>
              <dt className="text-slate-500">{t.headsDigest}</dt>
              <dd className="font-mono break-all text-slate-800">{result.headsDigest ?? t.empty}</dd>
            </dl>
            {result.breaks.length > 0 && (
              <ul className="list-inside list-disc space-y-0.5 text-xs text-bad">
                {result.breaks.map((b) => (
                  <li key={`${b.id}-${b.reason}`}>{b.reason === "hash" ? t.breakHash(b.id, b.chain) : t.breakLink(b.id, b.chain)}</li>
                ))}
              </ul>
            )}
            {breakCount > result.breaks.length && <p className="text-xs text-slate-500">{t.moreBreaks(breakCount - result.breaks.length)}</p>}
            {result.heads.length > 0 && (
              <details className="text-xs">
                <summary className="cursor-pointer text-brand-700">{t.headsList(result.heads.length)}</summary>
                <ol className="mt-1 space-y-1">
                  {result.heads.map((h) => (
                    <li key={h.chain} className="grid gap-x-3 sm:grid-cols-[5rem_9rem_1fr]">
                      <span className="text-slate-500">{t.chainLabel(h.chain)}</span>
                      <span className="tabular-nums text-slate-700">{h.id ? t.headOf(h.id, formatNumber(h.checked)) : t.empty}</span>
                      <span className="font-mono break-all text-slate-800">{h.hash ?? t.empty}</span>
                    </li>
                  ))}
                </ol>
              </details>
            )}
            <p className="text-xs text-slate-500">{t.headsHint}</p>
          </div>
        )}
      </div>
    </section>
  );
}
