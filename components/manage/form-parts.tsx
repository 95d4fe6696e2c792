"use client";

import { startTransition } from "react";
import { FieldError, inputClass } from "@/components/forms/field";
import type { ManageFormState } from "@/lib/actions/manage/form-state";

/** Label, control and error of one field, wired together with ids for screen readers. */
export function useFieldProps(uid: string, state: ManageFormState) {
  const errors = state.fieldErrors ?? {};
  const control = (name: string) => ({
    id: `${uid}-${name}`,
    name,
    "aria-invalid": !!errors[name],
    "aria-describedby": errors[name] ? `${uid}-${name}-error` : undefined,
    className: inputClass(!!errors[name]),
  });
  const Label = ({ name, text, hint }: { name: string; text: string; hint?: string }) => (
    <>
      <label htmlFor={`${uid}-${name}`} className="block text-sm font-medium text-slate-700">
        {text}
      </label>
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
    </>
  );
  const Error = ({ name }: { name: string }) => <FieldError id={`${uid}-${name}-error`} message={errors[name]} />;
  /**
   * A one-line text field with its label, optional hint below and error. A render function, not
   * a component: a component made here would be new on every render and remount the input,
   * losing what was typed.
   */
  const text = ({ name, label, hint, ...input }: { name: string; label: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) => (
    <div>
      <Label name={name} text={label} />
      <input {...control(name)} autoComplete="off" {...input} />
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      <Error name={name} />
    </div>
  );
  return { control, Label, Error, text };
}

export type FieldProps = ReturnType<typeof useFieldProps>;

/** The form's summary and confirmation, announced politely. */
export function FormStatus({ state }: { state: ManageFormState }) {
  return (
    <div aria-live="polite">
      {state.formError && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-bad">{state.formError}</p>}
      {state.ok && state.message && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">
          {state.message}
        </p>
      )}
    </div>
  );
}

/** Problems that belong to no single field (import rows, quotes a new plan text would lose), one per line. */
export function ProblemList({ problems, label }: { problems?: string[]; label?: string }) {
  if (!problems || problems.length === 0) return null;
  return (
    <ul aria-label={label} className="max-h-80 list-disc space-y-1 overflow-auto rounded-md border border-bad/30 bg-red-50/50 py-2 pr-3 pl-7 text-sm text-bad">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

export const primaryButton = "rounded-md bg-brand-700 px-5 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButton = "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 hover:bg-slate-50";

/**
 * Submits the form to its action without React's automatic form reset, so a refused
 * submission keeps everything that was typed (the inputs are uncontrolled, with defaults).
 */
export function keepValuesOnSubmit(action: (data: FormData) => void) {
  return (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
}
