"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FieldError, inputClass } from "@/components/forms/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { submitReportAction } from "@/lib/actions/reports/submit-report";
import type { ValueHistoryRow } from "@/lib/dal/reports/history";
import type { ReportForm as TReportForm, ReportFormItem } from "@/lib/dal/reports/types";
import { m } from "@/lib/i18n";
import { TEXT_LIMITS } from "@/lib/validation/reports";
import { ConflictPanel } from "./conflict-panel";
import { checkDraft, writeLocal } from "./form-state";
import { ReportItem } from "./report-item";
import { SaveStatus } from "./save-status";
import { useReportAutosave } from "./use-report-autosave";

const f = m.reports.form;

/** The reporter's quarterly form: targets grouped by plan and task, the narrative, autosave and submit. */
export function ReportForm({ form, histories = {} }: { form: TReportForm; histories?: Record<string, ValueHistoryRow[]> }) {
  const editable = form.report.editable;
  const router = useRouter();
  const a = useReportAutosave(form, editable);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  async function submit() {
    setConfirming(false);
    setSubmitting(true);
    setFormError(null);
    try {
      const version = a.dirty ? await a.save() : a.version;
      if (version === null) return;
      const result = await submitReportAction({ reportId: form.report.id, version });
      if (result.ok) {
        writeLocal(form.report.id, null);
        router.refresh();
      } else {
        if (result.fieldErrors) a.setErrors(result.fieldErrors);
        setFormError(result.formError ?? f.genericError);
      }
    } catch {
      setFormError(f.saveFailed);
    } finally {
      setSubmitting(false);
    }
  }

  function askToSubmit() {
    const problems = checkDraft(form, a.draft, "submit");
    a.setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setFormError(f.errorSummary);
      document.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      return;
    }
    setFormError(null);
    setConfirming(true);
  }

  return (
    <div className="space-y-4">
      {a.restored && editable && <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-800">{f.restored}</p>}
      {a.conflict && <ConflictPanel theirs={a.conflict} mine={a.draft} onKeepMine={a.keepMine} onTakeTheirs={a.takeTheirs} />}
      {form.items.length === 0 && <p className="text-sm text-slate-600">{f.noItems}</p>}
      {groups(form.items).map((plan) => (
        <section key={plan.code} className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
          <h2 className="text-base font-semibold text-slate-900">{plan.title}</h2>
          {plan.tasks.map((task) => (
            <div key={task.code} className="mt-3">
              <h3 className="text-sm font-medium text-brand-800"><span className="font-mono text-xs text-slate-500">{task.code}</span> {task.title}</h3>
              <ul>
                {task.items.map((item) => (
                  <ReportItem key={item.assignmentId} item={item} entry={a.draft.values[item.assignmentId]} errors={a.errors} readOnly={!editable} history={histories[item.assignmentId]}
                    onChange={(entry) => a.setDraft({ ...a.draft, values: { ...a.draft.values, [item.assignmentId]: entry } })} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
        {(["progress", "problems", "nextSteps"] as const).map((field) => (
          <div key={field}>
            <label htmlFor={`narrative-${field}`} className="text-sm font-medium text-slate-700">{f[field]}</label>
            <textarea id={`narrative-${field}`} rows={4} maxLength={TEXT_LIMITS.narrative + 100} value={a.draft[field]} readOnly={!editable}
              aria-invalid={!!a.errors[field]} aria-describedby={a.errors[field] ? `narrative-${field}-error` : undefined}
              onChange={(e) => a.setDraft({ ...a.draft, [field]: e.target.value })} className={inputClass(!!a.errors[field])} />
            <FieldError id={`narrative-${field}-error`} message={a.errors[field]} />
          </div>
        ))}
      </section>
      {editable && (
        <div className="sticky bottom-0 z-10 -mx-4 flex flex-col gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 sm:mx-0 sm:flex-row sm:items-center sm:rounded-lg sm:border">
          <div className="min-w-0 flex-1">
            <SaveStatus state={a.state} savedAt={a.savedAt} />
            {formError && <p role="alert" className="text-sm text-bad">{formError}</p>}
          </div>
          <div className="flex gap-2">
            <button type="button" onClick={() => void a.save()} disabled={a.state === "saving"} className="flex-1 rounded-md border border-slate-300 bg-white px-4 py-2 text-sm hover:bg-slate-50 sm:flex-none">
              {f.saveDraft}
            </button>
            <button type="button" onClick={askToSubmit} disabled={submitting || a.state === "conflict"} className="flex-1 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60 sm:flex-none">
              {submitting ? f.submitting : f.submit}
            </button>
          </div>
        </div>
      )}
      <ConfirmDialog open={confirming} title={f.confirmTitle} body={f.confirmBody} onClose={() => setConfirming(false)}>
        <div className="flex justify-end gap-2">
          <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-slate-300 px-4 py-2 text-sm">{f.cancel}</button>
          <button type="button" onClick={() => void submit()} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{f.confirm}</button>
        </div>
      </ConfirmDialog>
    </div>
  );
}

function groups(items: ReportFormItem[]) {
  const plans: { code: string; title: string; tasks: { code: string; title: string; items: ReportFormItem[] }[] }[] = [];
  for (const item of items) {
    let plan = plans.find((p) => p.code === item.planCode);
    if (!plan) plans.push((plan = { code: item.planCode, title: item.planTitle, tasks: [] }));
    let task = plan.tasks.find((t) => t.code === item.taskCode);
    if (!task) plan.tasks.push((task = { code: item.taskCode, title: item.taskTitle, items: [] }));
    task.items.push(item);
  }
  return plans;
}
