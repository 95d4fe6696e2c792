"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { createSectionAction, updateSectionAction } from "@/lib/actions/manage/sections";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, secondaryButton, useFieldProps } from "./form-parts";
import { SourceFileOptions, type OwnDocument } from "./source-file-options";

const s = m.manage.sections;
const c = m.manage.common;

export interface SectionFormValues {
  code: string;
  title: string;
  parentId: string;
  sortOrder: string;
  sourceFile: string;
}

/** A plan's attachment or chapter: code, title, where it hangs, its order and its document. */
export function SectionForm(props: {
  planId: string;
  initial: SectionFormValues;
  parents: { id: string; title: string; depth: number }[];
  ownDocument: OwnDocument;
  edit?: { id: string; updatedAt: string };
}) {
  const { edit, initial } = props;
  const [state, action, pending] = useActionState(edit ? updateSectionAction : createSectionAction, initialManageFormState);
  const { control, Label, Error, text } = useFieldProps(useId(), state);
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
        {text({ name: "code", label: s.code, hint: s.codeHint, defaultValue: initial.code, maxLength: 32, autoCapitalize: "characters", spellCheck: false })}
        {text({ name: "sortOrder", label: s.sortOrder, hint: s.sortOrderHint, defaultValue: initial.sortOrder, inputMode: "numeric" })}
        <div className="sm:col-span-2">{text({ name: "title", label: s.titleField, defaultValue: initial.title, maxLength: 200 })}</div>
        <div>
          <Label name="parentId" text={s.parent} />
          <select {...control("parentId")} defaultValue={initial.parentId}>
            <option value="">{s.noParent}</option>
            {props.parents.map((x) => (
              <option key={x.id} value={x.id}>
                {"　".repeat(x.depth)}
                {x.title}
              </option>
            ))}
          </select>
          <Error name="parentId" />
        </div>
        <div>
          <Label name="sourceFile" text={s.sourceFile} />
          <select {...control("sourceFile")} defaultValue={initial.sourceFile}>
            <SourceFileOptions noneLabel={m.manage.plans.sourceFileNone} own={props.ownDocument} />
          </select>
          <Error name="sourceFile" />
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {edit ? (pending ? c.saving : c.save) : pending ? c.creating : c.create}
        </button>
        <Link href={`/manage/plans/${props.planId}#sections`} className={secondaryButton}>
          {edit ? m.manage.sections.backToPlan : c.cancel}
        </Link>
      </div>
    </form>
  );
}
