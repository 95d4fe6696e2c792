"use client";

import { useActionState, useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { initialManageFormState, type ManageFormState } from "@/lib/actions/manage/form-state";
import { m } from "@/lib/i18n";

const c = m.manage.common;

/**
 * A button that asks first in a modal dialog: destructive (归档, 移除) by default, or neutral
 * (恢复); the confirming button submits the server action with the record's id, and its
 * outcome shows in a live region.
 */
export function ArchiveButton(props: {
  action: (state: ManageFormState, data: FormData) => Promise<ManageFormState>;
  id: string;
  label: string;
  title: string;
  body: string;
  compact?: boolean;
  tone?: "danger" | "neutral";
}) {
  const [state, action, pending] = useActionState(props.action, initialManageFormState);
  const [open, setOpen] = useState(false);
  const neutral = props.tone === "neutral";
  return (
    <div className="inline-block">
      <button
        type="button"
        disabled={pending}
        onClick={() => setOpen(true)}
        className={`rounded-md border bg-white font-medium disabled:opacity-60 ${neutral ? "border-brand-300 text-brand-700 hover:bg-brand-50" : "border-bad/40 text-bad hover:bg-red-50"} ${props.compact ? "px-2 py-1 text-xs" : "px-3 py-2 text-sm"}`}
      >
        {props.label}
      </button>
      <span aria-live="polite">
        {state.formError && <span className="ml-2 text-sm text-bad">{state.formError}</span>}
        {state.ok && state.message && <span className="ml-2 text-sm text-ok">{state.message}</span>}
      </span>
      <ConfirmDialog open={open} title={props.title} body={props.body} onClose={() => setOpen(false)}>
        <form action={action} onSubmit={() => setOpen(false)} className="flex flex-row-reverse flex-wrap gap-2">
          <input type="hidden" name="id" value={props.id} />
          <button type="submit" className={`rounded-md px-4 py-2 text-sm font-medium text-white ${neutral ? "bg-brand-700 hover:bg-brand-800" : "bg-bad hover:bg-red-800"}`}>
            {c.confirm}
          </button>
          <button type="button" autoFocus onClick={() => setOpen(false)} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 hover:bg-slate-50">
            {c.cancel}
          </button>
        </form>
      </ConfirmDialog>
    </div>
  );
}
