"use client";

import { useState } from "react";
import { m } from "@/lib/i18n";

const a = m.users.actions;

/** The one-time password, shown once with a copy button; it lives only in this page's memory. */
export function TemporaryPassword({ password }: { password: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      // No clipboard (plain HTTP on an intranet): the password is selectable text.
    }
  }
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4" role="status">
      <p className="text-sm font-semibold text-amber-950">{a.temporaryPasswordTitle}</p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <code className="rounded bg-white px-3 py-1.5 font-mono text-lg tracking-wider text-slate-900 ring-1 ring-amber-300 select-all">{password}</code>
        <button type="button" onClick={copy} className="rounded-md border border-amber-400 bg-white px-3 py-1.5 text-sm text-amber-950 hover:bg-amber-100">
          {copied ? a.copied : a.copy}
        </button>
      </div>
      <p className="mt-2 text-xs leading-relaxed text-amber-900">{a.temporaryPasswordBody}</p>
    </div>
  );
}
