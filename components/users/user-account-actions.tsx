"use client";

import { useActionState, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { initialUserFormState } from "@/lib/actions/users/form-state";
import { resetUserPasswordAction } from "@/lib/actions/users/reset-user-password";
import { setUserDisabledAction } from "@/lib/actions/users/set-user-disabled";
import { unlockUserAction } from "@/lib/actions/users/unlock-user";
import type { UserStatus } from "@/lib/domain/user-status";
import { m } from "@/lib/i18n";
import { TemporaryPassword } from "./temporary-password";

const a = m.users.actions;
const button = "rounded-md border px-3 py-2 text-sm font-medium disabled:opacity-60";
const plain = `${button} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`;
const danger = `${button} border-bad/40 bg-white text-bad hover:bg-red-50`;

/**
 * Disable / enable, unlock and reset password. The two that end the user's sessions ask for
 * confirmation in a modal dialog first; the confirming button submits the server action.
 */
export function UserAccountActions({ userId, displayName, status, isSelf }: { userId: string; displayName: string; status: UserStatus; isSelf: boolean }) {
  const [statusState, statusAction, statusPending] = useActionState(setUserDisabledAction, initialUserFormState);
  const [unlockState, unlockAction, unlockPending] = useActionState(unlockUserAction, initialUserFormState);
  const [resetState, resetAction, resetPending] = useActionState(resetUserPasswordAction, initialUserFormState);
  const [confirming, setConfirming] = useState<"disable" | "reset" | null>(null);
  // Only the outcome of the last button pressed is shown, not a pile of earlier ones.
  const [last, setLast] = useState<"status" | "unlock" | "reset" | null>(null);
  const pending = statusPending || unlockPending || resetPending;
  const shown = last === null ? null : { status: statusState, unlock: unlockState, reset: resetState }[last];
  const confirmed = (action: "status" | "reset") => () => {
    setConfirming(null);
    setLast(action);
  };

  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {status === "DISABLED" ? (
          <form action={statusAction} onSubmit={() => setLast("status")}>
            <input type="hidden" name="id" value={userId} />
            <button type="submit" name="intent" value="enable" disabled={pending} className={plain}>
              {a.enable}
            </button>
          </form>
        ) : (
          <button type="button" disabled={pending || isSelf} onClick={() => setConfirming("disable")} className={danger}>
            {a.disable}
          </button>
        )}
        {status === "LOCKED" && (
          <form action={unlockAction} onSubmit={() => setLast("unlock")}>
            <input type="hidden" name="id" value={userId} />
            <button type="submit" disabled={pending} className={plain}>
              {a.unlock}
            </button>
          </form>
        )}
        <button type="button" disabled={pending || isSelf} onClick={() => setConfirming("reset")} className={plain}>
          {a.resetPassword}
        </button>
      </div>
      {isSelf && <p className="mt-3 text-xs text-slate-500">{a.selfHint}</p>}
      {/* Always in the page, so screen readers announce what appears in it; empty, it takes no room. */}
      <div aria-live="polite" className="space-y-2 [&>*:first-child]:mt-3">
        {pending && <p className="text-sm text-slate-500">{a.working}</p>}
        {!pending && shown?.formError && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-bad">{shown.formError}</p>}
        {!pending && shown?.message && <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">{shown.message}</p>}
        {!pending && last === "reset" && resetState.temporaryPassword && <TemporaryPassword password={resetState.temporaryPassword} />}
      </div>

      <ConfirmDialog open={confirming === "disable"} title={a.confirmDisableTitle} body={a.confirmDisableBody(displayName)} onClose={() => setConfirming(null)}>
        <ConfirmButtons action={statusAction} userId={userId} intent="disable" tone="danger" onConfirm={confirmed("status")} onCancel={() => setConfirming(null)} />
      </ConfirmDialog>
      <ConfirmDialog open={confirming === "reset"} title={a.confirmResetTitle} body={a.confirmResetBody(displayName)} onClose={() => setConfirming(null)}>
        <ConfirmButtons action={resetAction} userId={userId} tone="plain" onConfirm={confirmed("reset")} onCancel={() => setConfirming(null)} />
      </ConfirmDialog>
    </div>
  );
}

interface ConfirmButtonsProps {
  action: (data: FormData) => void;
  userId: string;
  intent?: string;
  tone: "danger" | "plain";
  onConfirm: () => void;
  onCancel: () => void;
}

function ConfirmButtons({ action, userId, intent, tone, onConfirm, onCancel }: ConfirmButtonsProps) {
  return (
    // Closing first hands focus back to the page; the action's result then appears in the live region.
    <form action={action} onSubmit={onConfirm} className="flex flex-row-reverse flex-wrap gap-2">
      <input type="hidden" name="id" value={userId} />
      {intent && <input type="hidden" name="intent" value={intent} />}
      <button type="submit" className={`rounded-md px-4 py-2 text-sm font-medium text-white ${tone === "danger" ? "bg-bad hover:bg-red-800" : "bg-brand-700 hover:bg-brand-800"}`}>
        {a.confirm}
      </button>
      <button type="button" autoFocus onClick={onCancel} className={plain}>
        {a.cancel}
      </button>
    </form>
  );
}
