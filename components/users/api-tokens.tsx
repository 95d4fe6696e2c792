"use client";

import { useActionState, useId, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { createApiTokenAction, revokeApiTokenAction, type ApiTokenFormState } from "@/lib/actions/api-tokens/api-tokens";
import { formatDateTime, m } from "@/lib/i18n";

const t = m.apiTokens;
const initial: ApiTokenFormState = { ok: false };
const button = "rounded-md border bg-white px-3 py-2 text-sm font-medium disabled:opacity-60";
const plain = `${button} border-slate-300 text-slate-800 hover:bg-slate-50`;
const danger = `${button} border-bad/40 text-bad hover:bg-red-50`;

export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * /admin/users/[id]: the account's API tokens for /api/v1 — list, create (the token
 * is shown once, right here), revoke after a confirmation.
 */
export function ApiTokenPanel({ userId, tokens, eligible }: { userId: string; tokens: ApiTokenView[]; eligible: boolean }) {
  const [created, createAction, creating] = useActionState(createApiTokenAction, initial);
  const [revoked, revokeAction, revoking] = useActionState(revokeApiTokenAction, initial);
  const [confirming, setConfirming] = useState<ApiTokenView | null>(null);
  const nameId = useId();
  const errorId = useId();
  if (!eligible) return <p className="text-sm text-slate-600">{t.onlyEligible}</p>;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t.intro}</p>
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-500">{t.none}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium text-slate-800">{token.name}</p>
                <p className="text-xs text-slate-500">
                  {t.createdAt} {formatDateTime(token.createdAt)} · {token.lastUsedAt ? `${t.lastUsedAt} ${formatDateTime(token.lastUsedAt)}` : t.never}
                </p>
              </div>
              {token.revokedAt ? (
                <span className="text-xs text-slate-500">{t.revoked}</span>
              ) : (
                <button type="button" className={danger} disabled={revoking} onClick={() => setConfirming(token)}>
                  {t.revoke}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form action={createAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="userId" value={userId} />
        <div className="min-w-0 flex-1">
          <label htmlFor={nameId} className="block text-sm font-medium text-slate-700">
            {t.name}
          </label>
          <input
            id={nameId}
            name="name"
            required
            maxLength={100}
            placeholder={t.namePlaceholder}
            aria-invalid={created.fieldErrors?.name ? true : undefined}
            aria-describedby={created.fieldErrors?.name ? errorId : undefined}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          {created.fieldErrors?.name && (
            <p id={errorId} className="mt-1 text-sm text-bad">
              {created.fieldErrors.name}
            </p>
          )}
        </div>
        <button type="submit" disabled={creating} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {t.create}
        </button>
      </form>
      <div aria-live="polite" className="space-y-2">
        {created.token && (
          <div className="rounded-md border border-warn/40 bg-amber-50 px-3 py-2 text-sm">
            <p className="text-slate-800">{t.created}</p>
            <code className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900">{created.token}</code>
          </div>
        )}
        {created.formError && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-bad">{created.formError}</p>}
        {revoked.formError && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-bad">{revoked.formError}</p>}
        {revoked.ok && revoked.message && <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">{revoked.message}</p>}
      </div>
      <ConfirmDialog open={confirming !== null} title={t.revoke} body={confirming ? t.confirmRevoke(confirming.name) : ""} onClose={() => setConfirming(null)}>
        <form action={revokeAction} onSubmit={() => setConfirming(null)} className="flex flex-row-reverse flex-wrap gap-2">
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="tokenId" value={confirming?.id ?? ""} />
          <button type="submit" className="rounded-md bg-bad px-4 py-2 text-sm font-medium text-white hover:bg-red-800">
            {t.revoke}
          </button>
          <button type="button" autoFocus onClick={() => setConfirming(null)} className={plain}>
            {m.users.actions.cancel}
          </button>
        </form>
      </ConfirmDialog>
    </div>
  );
}
