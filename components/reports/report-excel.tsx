"use client";

import { useId, useState } from "react";
import { m } from "@/lib/i18n";

const x = m.reportExcel;

interface Problem {
  row: number | null;
  column: string | null;
  message: string;
}

type State = { kind: "idle" } | { kind: "uploading" } | { kind: "done" } | { kind: "problems"; problems: Problem[] };

/**
 * Download the form as an Excel template, fill it offline, upload it back (issue #5, "Excel").
 * The upload is all or nothing: its problems are listed by row and column and nothing is
 * saved; a clean upload becomes the draft and the page reloads to show it.
 */
export function ReportExcel({ reportId, editable }: { reportId: string; editable: boolean }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const fileId = useId();
  const hintId = useId();

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setState({ kind: "problems", problems: [{ row: null, column: null, message: x.errors.noFile }] });
    if (file.size > 2 * 1024 * 1024) return setState({ kind: "problems", problems: [{ row: null, column: null, message: x.errors.tooLarge }] });
    setState({ kind: "uploading" });
    try {
      const res = await fetch(`/api/reports/${encodeURIComponent(reportId)}/upload`, { method: "POST", body: data });
      const body = (await res.json()) as { ok: boolean; problems?: Problem[] };
      if (res.ok && body.ok) {
        setState({ kind: "done" });
        window.location.reload();
      } else setState({ kind: "problems", problems: body.problems ?? [{ row: null, column: null, message: m.errors.unexpectedBody }] });
    } catch {
      setState({ kind: "problems", problems: [{ row: null, column: null, message: m.errors.unexpectedBody }] });
    }
  }

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-3">
        <a href={`/api/reports/${encodeURIComponent(reportId)}/template`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
          {x.download}
        </a>
        {editable && (
          <form onSubmit={upload} className="flex flex-wrap items-center gap-2">
            <label htmlFor={fileId} className="sr-only">
              {x.upload}
            </label>
            <input id={fileId} name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={hintId} className="max-w-full text-sm text-slate-700 file:mr-2 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm" />
            <button type="submit" disabled={state.kind === "uploading"} className="rounded-md bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              {state.kind === "uploading" ? x.uploading : x.upload}
            </button>
          </form>
        )}
      </div>
      {editable && (
        <p id={hintId} className="mt-2 text-xs text-slate-500">
          {x.uploadHint}
        </p>
      )}
      <div aria-live="polite">
        {state.kind === "done" && <p className="mt-3 rounded-md bg-green-50 px-3 py-2 text-sm text-ok">{x.uploaded}</p>}
        {state.kind === "problems" && (
          <div className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm">
            <p className="font-medium text-bad">{x.errorsTitle(state.problems.length)}</p>
            <div className="mt-2 overflow-x-auto">
              <table className="min-w-full text-left">
                <thead className="text-xs text-slate-600">
                  <tr>
                    <th className="py-1 pr-3 font-medium">{x.row}</th>
                    <th className="py-1 pr-3 font-medium">{x.column}</th>
                    <th className="py-1 font-medium">{x.reason}</th>
                  </tr>
                </thead>
                <tbody className="text-slate-800">
                  {state.problems.map((p, i) => (
                    <tr key={i} className="border-t border-red-100">
                      <td className="py-1 pr-3 tabular-nums">{p.row ?? "—"}</td>
                      <td className="py-1 pr-3">{p.column ?? "—"}</td>
                      <td className="py-1">{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
