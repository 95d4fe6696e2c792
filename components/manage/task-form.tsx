"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { createTaskAction, updateTaskAction } from "@/lib/actions/manage/tasks";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, secondaryButton, useFieldProps } from "./form-parts";
import { SourceFileOptions, type OwnDocument } from "./source-file-options";

const k = m.manage.tasks;
const c = m.manage.common;

export interface TaskFormValues {
  code: string;
  number: string;
  title: string;
  text: string;
  sectionId: string;
  regionId: string;
  sourceFile: string;
  sourceQuote: string;
  sortOrder: string;
}

type Option = { id: string; label: string; archived: boolean };

/** Every field of a plan's task, as its published text numbers and words it. */
export function TaskForm(props: { planId: string; initial: TaskFormValues; sections: Option[]; regions: Option[]; ownDocument: OwnDocument; edit?: { id: string; updatedAt: string } }) {
  const { edit, initial } = props;
  const [state, action, pending] = useActionState(edit ? updateTaskAction : createTaskAction, initialManageFormState);
  const { control, Label, Error, text } = useFieldProps(useId(), state);
  const options = (list: Option[]) =>
    list.map((o) => (
      <option key={o.id} value={o.id}>
        {o.label}
        {o.archived ? `（${c.archivedBadge}）` : ""}
      </option>
    ));
  return (
    <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-5">
      <FormStatus state={state} />
      {edit ? (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="updatedAt" value={state.token ?? edit.updatedAt} />
        </>
      ) : (
        <input type="hidden" name="planId" value={props.planId} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {text({ name: "code", label: k.code, hint: k.codeHint, defaultValue: initial.code, maxLength: 40, spellCheck: false })}
        {text({ name: "number", label: k.number, hint: k.numberHint, defaultValue: initial.number, maxLength: 30 })}
        <div className="sm:col-span-2">{text({ name: "title", label: k.titleField, defaultValue: initial.title, maxLength: 200 })}</div>
        <div className="sm:col-span-2">
          <Label name="text" text={k.text} hint={k.textHint} />
          <textarea {...control("text")} defaultValue={initial.text} rows={4} />
          <Error name="text" />
        </div>
        <div>
          <Label name="sectionId" text={k.section} />
          <select {...control("sectionId")} defaultValue={initial.sectionId}>
            <option value="">{k.noSection}</option>
            {options(props.sections)}
          </select>
          <Error name="sectionId" />
        </div>
        <div>
          <Label name="regionId" text={k.region} hint={k.regionHint} />
          <select {...control("regionId")} defaultValue={initial.regionId}>
            <option value="">{k.noRegion}</option>
            {options(props.regions)}
          </select>
          <Error name="regionId" />
        </div>
        <div className="sm:col-span-2">
          <Label name="sourceFile" text={k.sourceFile} />
          <select {...control("sourceFile")} defaultValue={initial.sourceFile}>
            <SourceFileOptions noneLabel={m.manage.plans.sourceFileNone} own={props.ownDocument} />
          </select>
          <Error name="sourceFile" />
        </div>
        <div className="sm:col-span-2">
          <Label name="sourceQuote" text={k.sourceQuote} hint={k.sourceQuoteHint} />
          <textarea {...control("sourceQuote")} defaultValue={initial.sourceQuote} rows={3} />
          <Error name="sourceQuote" />
        </div>
        {text({ name: "sortOrder", label: k.sortOrder, hint: k.sortOrderHint, defaultValue: initial.sortOrder, inputMode: "numeric" })}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {edit ? (pending ? c.saving : c.save) : pending ? c.creating : c.create}
        </button>
        {!edit && (
          <Link href={`/manage/plans/${props.planId}#tasks`} className={secondaryButton}>
            {c.cancel}
          </Link>
        )}
      </div>
    </form>
  );
}
