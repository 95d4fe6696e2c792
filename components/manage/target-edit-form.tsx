"use client";

import { useActionState, useId } from "react";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { updateTargetAction } from "@/lib/actions/manage/targets";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, useFieldProps } from "./form-parts";
import { TargetPartsFields, type TargetPartsSetup } from "./target-parts-fields";
import { TargetFields, type TargetFieldValues, type TargetScopeChoices } from "./target-fields";

const t = m.manage.target;

/**
 * Every field of a target. The version it was loaded at goes along with the save, so a save
 * based on an outdated target is refused; a revision of the figures also needs a reason.
 */
export function TargetEditForm({ id, version, initial, scopes, parts }: { id: string; version: number; initial: TargetFieldValues; scopes: TargetScopeChoices; parts: TargetPartsSetup }) {
  const [state, action, pending] = useActionState(updateTargetAction, initialManageFormState);
  const field = useFieldProps(useId(), state);
  const { control, Label, Error } = field;
  return (
    <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-5">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={state.version ?? version} />
      <TargetFields field={field} initial={initial} scopes={scopes} />
      <TargetPartsFields field={field} {...parts} unit={initial.unit} sourceFile={initial.sourceFile} />
      <fieldset className="space-y-3 rounded-md border border-amber-200 bg-amber-50/50 p-4">
        <legend className="px-1 text-sm font-medium text-slate-800">{t.revision}</legend>
        <p className="text-xs text-slate-600">{t.revisionHint}</p>
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
          <div>
            <Label name="reason" text={t.reason} />
            <input {...control("reason")} autoComplete="off" maxLength={500} />
            <Error name="reason" />
          </div>
          <div>
            <Label name="effectiveFrom" text={t.effectiveFrom} />
            <input {...control("effectiveFrom")} type="date" />
            <Error name="effectiveFrom" />
          </div>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? m.manage.common.saving : m.manage.common.save}
        </button>
        <span className="text-xs text-slate-500">{t.version(state.version ?? version)}</span>
      </div>
    </form>
  );
}
