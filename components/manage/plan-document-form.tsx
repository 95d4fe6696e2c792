"use client";

import { useActionState, useId } from "react";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { setPlanDocumentAction } from "@/lib/actions/manage/plan-document";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, ProblemList, useFieldProps } from "./form-parts";

const d = m.manage.planDocument;

export interface PlanDocumentFormProps {
  planId: string;
  /** The text's name once entered (fixed from then on); null before the first entry. */
  file: string | null;
  /** What a first entry is called when neither a name is typed nor a file uploaded. */
  suggestedFileName: string;
  title: string;
  text: string;
  /** The text's updatedAt as loaded (ISO), "" for no text yet: a save based on an older text is refused. */
  loaded: string;
}

/**
 * The plan's published text: pasted into the textarea or uploaded as a .txt/.md file. A refused
 * replacement lists the quotes it would lose, and everything typed stays in the form.
 */
export function PlanDocumentForm({ planId, file, suggestedFileName, title, text, loaded }: PlanDocumentFormProps) {
  const [state, action, pending] = useActionState(setPlanDocumentAction, initialManageFormState);
  const field = useFieldProps(useId(), state);
  const { control, Label, Error } = field;
  return (
    <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-4">
      <FormStatus state={state} />
      <ProblemList problems={state.problems} label={d.title} />
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="loaded" value={state.token ?? loaded} />
      <div className="grid gap-4 sm:grid-cols-2">
        {file ? (
          <div className="min-w-0">
            <p className="block text-sm font-medium text-slate-700">{d.fileNameFixed}</p>
            <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 font-mono text-sm break-all text-slate-700 ring-1 ring-slate-200">{file}</p>
          </div>
        ) : (
          field.text({ name: "fileName", label: d.fileName, hint: d.fileNameHint(suggestedFileName), placeholder: suggestedFileName, maxLength: 120, spellCheck: false })
        )}
        {field.text({ name: "title", label: d.titleField, hint: d.titleHint, defaultValue: title, maxLength: 200 })}
      </div>
      <div>
        <Label name="text" text={d.text} hint={d.textHint} />
        <textarea {...control("text")} defaultValue={text} rows={14} spellCheck={false} className={`${control("text").className} leading-relaxed`} />
        <Error name="text" />
      </div>
      <div>
        <Label name="upload" text={d.upload} hint={d.uploadHint} />
        <input {...control("upload")} type="file" accept=".txt,.md,text/plain,text/markdown" className="mt-1 block w-full min-w-0 text-sm" />
        <Error name="upload" />
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? d.saving : file ? d.replace : d.save}
      </button>
    </form>
  );
}
