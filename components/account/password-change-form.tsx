"use client";

import { useActionState, useId, useState } from "react";
import { FieldError, inputClass } from "@/components/forms/field";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { initialUserFormState } from "@/lib/actions/users/form-state";
import { m } from "@/lib/i18n";

const p = m.account.password;
type Field = "currentPassword" | "newPassword" | "confirmPassword";

/** Current password, then the new one twice. On success the server ends the session and sends the user to sign in. */
export function PasswordChangeForm({ username }: { username: string }) {
  const [state, action, pending] = useActionState(changePasswordAction, initialUserFormState);
  // Controlled, so a refused attempt does not wipe what was typed (React resets uncontrolled forms).
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: "", newPassword: "", confirmPassword: "" });
  const uid = useId();
  const errors = state.fieldErrors ?? {};
  const rulesId = `${uid}-rules`;

  const input = (name: Field, label: string, autoComplete: string, describedBy: string[] = []) => {
    const errorId = `${uid}-${name}-error`;
    const ids = [...describedBy, ...(errors[name] ? [errorId] : [])].join(" ") || undefined;
    return (
      <div>
        <label htmlFor={`${uid}-${name}`} className="block text-sm font-medium text-slate-700">
          {label}
        </label>
        <input
          id={`${uid}-${name}`}
          name={name}
          type="password"
          autoComplete={autoComplete}
          value={values[name]}
          onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
          className={inputClass(!!errors[name])}
          aria-invalid={!!errors[name]}
          aria-describedby={ids}
          maxLength={256}
        />
        <FieldError id={errorId} message={errors[name]} />
      </div>
    );
  };

  return (
    <form action={action} noValidate className="space-y-4">
      <div aria-live="polite">{state.formError && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-bad">{state.formError}</p>}</div>
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
      {input("currentPassword", p.currentPassword, "current-password")}
      {input("newPassword", p.newPassword, "new-password", [rulesId])}
      <p id={rulesId} className="text-xs leading-relaxed text-slate-500">
        {p.rules}
      </p>
      {input("confirmPassword", p.confirmPassword, "new-password")}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-700 px-4 py-2.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60 sm:w-auto sm:px-6">
        {pending ? p.submitting : p.submit}
      </button>
    </form>
  );
}
