"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { initialManageFormState, type ManageFormState } from "@/lib/actions/manage/form-state";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, secondaryButton, useFieldProps } from "./form-parts";

const c = m.manage.common;

type FieldKit = ReturnType<typeof useFieldProps>;

/**
 * The controls of a record form, each with its label, hint and error wired for screen readers.
 * Called as functions, not rendered as components: a component made anew on every render
 * would remount its input and lose what was typed.
 */
export interface RecordFields {
  text(props: { name: string; label: string; initial: string; hint?: string; wide?: boolean } & React.InputHTMLAttributes<HTMLInputElement>): React.ReactNode;
  /** `options`, or `children` for <option>s of its own (RegionOptions); a hint shows under the label. */
  select(props: { name: string; label: string; initial: string; hint?: string; choose?: string; options?: { value: string; label: string }[]; wide?: boolean; children?: React.ReactNode }): React.ReactNode;
  textArea(props: { name: string; label: string; initial: string; hint?: string; rows?: number }): React.ReactNode;
  /** A value shown but not editable, with why. */
  fixed(props: { label: string; value: string; hint?: string }): React.ReactNode;
}

function fieldsOf({ control, Label, Error }: FieldKit): RecordFields {
  const span = (wide?: boolean) => (wide ? "sm:col-span-2" : undefined);
  return {
    text: ({ name, label, initial, hint, wide, ...extra }) => (
      <div className={span(wide)}>
        <Label name={name} text={label} />
        <input {...control(name)} defaultValue={initial} autoComplete="off" {...extra} />
        {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
        <Error name={name} />
      </div>
    ),
    select: ({ name, label, initial, hint, choose, options, wide, children }) => (
      <div className={span(wide)}>
        <Label name={name} text={label} hint={hint} />
        <select {...control(name)} defaultValue={initial}>
          {choose !== undefined && <option value="">{choose}</option>}
          {children ??
            options?.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
        </select>
        <Error name={name} />
      </div>
    ),
    textArea: ({ name, label, initial, hint, rows = 3 }) => (
      <div className="sm:col-span-2">
        <Label name={name} text={label} hint={hint} />
        <textarea {...control(name)} defaultValue={initial} rows={rows} />
        <Error name={name} />
      </div>
    ),
    fixed: ({ label, value, hint }) => (
      <div>
        <p className="block text-sm font-medium text-slate-700">{label}</p>
        <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 font-mono text-sm text-slate-700 ring-1 ring-slate-200">{value}</p>
        {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      </div>
    ),
  };
}

/**
 * Create or edit one record. Uncontrolled inputs with defaults, submitted without React's
 * reset, so a refused submission (field errors, CONFLICT) keeps what was typed. An edit
 * carries the record's updatedAt as loaded: a save over somebody else's is refused.
 */
export function RecordForm(props: {
  action: (state: ManageFormState, data: FormData) => Promise<ManageFormState>;
  record?: { id: string; updatedAt: string };
  /** Values the action needs that nobody edits here, such as the plan a new section belongs to. */
  hidden?: Record<string, string>;
  /** Where the secondary link leads (none without it), and its words when not 取消. */
  cancelHref?: string;
  cancelLabel?: string;
  children: (fields: RecordFields) => React.ReactNode;
}) {
  const [state, action, pending] = useActionState(props.action, initialManageFormState);
  const fields = fieldsOf(useFieldProps(useId(), state));
  const editing = props.record !== undefined;
  return (
    <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-5">
      <FormStatus state={state} />
      {props.record && (
        <>
          <input type="hidden" name="id" value={props.record.id} />
          <input type="hidden" name="updatedAt" value={state.token ?? props.record.updatedAt} />
        </>
      )}
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">{props.children(fields)}</div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {editing ? (pending ? c.saving : c.save) : pending ? c.creating : c.create}
        </button>
        {props.cancelHref && (
          <Link href={props.cancelHref} className={secondaryButton}>
            {props.cancelLabel ?? c.cancel}
          </Link>
        )}
      </div>
    </form>
  );
}
