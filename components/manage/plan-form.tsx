"use client";

import type { RegionOption } from "@/lib/dal/region-options";
import Link from "next/link";
import { useActionState, useId } from "react";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { createPlanAction, updatePlanAction } from "@/lib/actions/manage/plans";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, secondaryButton, useFieldProps } from "./form-parts";
import { PlanFields, type PlanFieldValues } from "./plan-fields";
import type { OwnDocument } from "./source-file-options";

const c = m.manage.common;

/**
 * Create a plan, or edit one: the edit carries the updatedAt it was loaded with, so a save
 * based on an outdated plan is refused and the typed values stay for the user to compare.
 */
export function PlanForm({ initial, regions, edit, ownDocument }: { initial: PlanFieldValues; regions: Pick<RegionOption, "id" | "name" | "level">[]; edit?: { id: string; updatedAt: string }; ownDocument?: OwnDocument }) {
  const [state, action, pending] = useActionState(edit ? updatePlanAction : createPlanAction, initialManageFormState);
  const field = useFieldProps(useId(), state);
  return (
    <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-5">
      <FormStatus state={state} />
      {edit && (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="updatedAt" value={state.token ?? edit.updatedAt} />
        </>
      )}
      <PlanFields field={field} initial={initial} regions={regions} editing={!!edit} ownDocument={ownDocument} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {edit ? (pending ? c.saving : c.save) : pending ? c.creating : c.create}
        </button>
        {!edit && (
          <Link href="/manage/plans" className={secondaryButton}>
            {c.cancel}
          </Link>
        )}
      </div>
    </form>
  );
}
