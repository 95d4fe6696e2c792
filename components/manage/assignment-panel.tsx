"use client";

import { useActionState, useId, useState } from "react";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { archiveAssignmentAction, createAssignmentAction } from "@/lib/actions/manage/targets";
import type { ManagedAssignment } from "@/lib/dal/manage/assignments";
import { formatNumber, m } from "@/lib/i18n";
import { ArchiveButton } from "./archive-button";
import { FormStatus, keepValuesOnSubmit, primaryButton, useFieldProps } from "./form-parts";

const a = m.manage.assignments;

/** Who reports on the target, each removable after a confirmation, and a form to add one. */
export function AssignmentPanel(props: { targetId: string; rows: ManagedAssignment[]; hospitals: { id: string; name: string }[]; units: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(createAssignmentAction, initialManageFormState);
  const [assignee, setAssignee] = useState<"HOSPITAL" | "UNIT">("HOSPITAL");
  const { control, Label, Error } = useFieldProps(useId(), state);
  const taken = new Set(props.rows.map((r) => r.name));
  const options = (assignee === "HOSPITAL" ? props.hospitals : props.units).filter((o) => !taken.has(o.name));
  return (
    <div className="space-y-4">
      {props.rows.length === 0 ? (
        <p className="text-sm text-slate-500">{a.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={a.title}>
          {props.rows.map((r) => (
            <li key={r.id} className="flex items-center justify-between gap-3 py-2">
              <span className="min-w-0 text-sm text-slate-800">
                <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{r.kind === "HOSPITAL" ? a.hospital : a.unit}</span>
                {r.name}
                {r.shareValue !== null && <span className="ml-2 text-xs text-slate-500">{m.targets.target.share(formatNumber(r.shareValue))}</span>}
              </span>
              <ArchiveButton compact action={archiveAssignmentAction} id={r.id} label={a.remove} title={a.removeTitle} body={a.removeBody(r.name)} />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-3 border-t border-slate-200 pt-4">
        <FormStatus state={state} />
        <input type="hidden" name="targetId" value={props.targetId} />
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">{a.kind}</legend>
          {(["HOSPITAL", "UNIT"] as const).map((k) => (
            <label key={k} className="flex items-center gap-1.5">
              <input type="radio" name="assignee" value={k} checked={assignee === k} onChange={() => setAssignee(k)} className="size-4" />
              {k === "HOSPITAL" ? a.hospital : a.unit}
            </label>
          ))}
        </fieldset>
        {assignee === "HOSPITAL" ? (
          <div>
            <Label name="hospitalId" text={a.hospital} />
            <select {...control("hospitalId")} defaultValue="">
              <option value="">{a.chooseHospital}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <Error name="hospitalId" />
          </div>
        ) : (
          <div>
            <Label name="unitId" text={a.unit} />
            <select {...control("unitId")} defaultValue="">
              <option value="">{a.chooseUnit}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <Error name="unitId" />
          </div>
        )}
        <div>
          <Label name="shareValue" text={a.share} />
          <input {...control("shareValue")} inputMode="decimal" autoComplete="off" />
          <Error name="shareValue" />
        </div>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? a.adding : a.add}
        </button>
      </form>
    </div>
  );
}
