"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { createTargetAction } from "@/lib/actions/manage/targets";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, secondaryButton, useFieldProps } from "./form-parts";
import { TargetPartsFields, type TargetPartsSetup } from "./target-parts-fields";
import { TargetFields, type TargetFieldValues, type TargetScopeChoices } from "./target-fields";

/** A new target of a task: its code, then the same fields as the edit form; it starts at version 1. */
export function TargetCreateForm({ taskId, back, initial, scopes, parts }: { taskId: string; back: string; initial: TargetFieldValues; scopes: TargetScopeChoices; parts: TargetPartsSetup }) {
  const [state, action, pending] = useActionState(createTargetAction, initialManageFormState);
  const field = useFieldProps(useId(), state);
  const c = m.manage.common;
  return (
    <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-5">
      <FormStatus state={state} />
      <input type="hidden" name="taskId" value={taskId} />
      <div className="sm:w-1/2 sm:pr-2">{field.text({ name: "code", label: m.manage.newTarget.code, hint: m.manage.newTarget.codeHint, maxLength: 40, spellCheck: false })}</div>
      <TargetFields field={field} initial={initial} scopes={scopes} />
      <TargetPartsFields field={field} {...parts} unit={initial.unit} sourceFile={initial.sourceFile} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? c.creating : c.create}
        </button>
        <Link href={back} className={secondaryButton}>
          {c.cancel}
        </Link>
      </div>
    </form>
  );
}
