"use client";

import Link from "next/link";
import { useActionState, useId, useState } from "react";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { setTaskUnitsAction } from "@/lib/actions/manage/tasks";
import type { UnitOption } from "@/lib/dal/manage/task-units";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, useFieldProps } from "./form-parts";
import { UnitLinksEditor, type UnitLink } from "./unit-links-editor";

const u = m.manage.taskUnits;

/**
 * The task's lead and co-units in the plan's order, edited as a whole and saved in one write
 * that replaces the stored set. It carries the set it was loaded with, so a save over someone
 * else's change is refused instead of silently undoing it.
 */
export function TaskUnitsEditor({ taskId, initial, loaded, options }: { taskId: string; initial: UnitLink[]; loaded: string; options: UnitOption[] }) {
  const [state, action, pending] = useActionState(setTaskUnitsAction, initialManageFormState);
  const [links, setLinks] = useState<UnitLink[]>(initial);
  const field = useFieldProps(useId(), state);
  return (
    <form onSubmit={keepValuesOnSubmit(action)} className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" name="taskId" value={taskId} />
      <input type="hidden" name="loaded" value={state.token ?? loaded} />
      <input type="hidden" name="units" value={JSON.stringify(links)} />
      <UnitLinksEditor links={links} onChange={setLinks} options={options} field={field} name="units" addLabel={u.add} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? u.saving : u.save}
        </button>
        <Link href="/manage/units" className="text-sm text-brand-700 hover:underline">
          {u.manageUnits}
        </Link>
      </div>
    </form>
  );
}
