"use client";

import Link from "next/link";
import { startTransition, useActionState, useId, useState } from "react";
import { FieldError, inputClass } from "@/components/forms/field";
import { RegionOptions } from "@/components/manage/region-options";
import { createUserAction } from "@/lib/actions/users/create-user";
import { initialUserFormState } from "@/lib/actions/users/form-state";
import { updateUserAction } from "@/lib/actions/users/update-user";
import type { PlacementOptions } from "@/lib/dal/user-placement-options";
import { Role } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { TemporaryPassword } from "./temporary-password";

const f = m.users.form;

export interface UserFormValues {
  id?: string;
  username: string;
  displayName: string;
  role: Role | "";
  regionId: string;
  hospitalId: string;
  unitId: string;
}

/**
 * Create or edit an account. Role and region drive which organisation list appears and what
 * it offers (a reporter's hospital or unit lies inside their region); the server checks the
 * same rules again. Controlled fields, so a refused submission keeps what was typed.
 */
interface UserFormProps {
  mode: "create" | "edit";
  options: PlacementOptions;
  initial: UserFormValues;
  isSelf?: boolean;
}

export function UserForm(props: UserFormProps) {
  // A new key starts a fresh form (and drops the one-time password shown by the last one).
  const [round, setRound] = useState(0);
  return <UserFormRound key={round} {...props} onAnother={() => setRound((r) => r + 1)} />;
}

function UserFormRound({ mode, options, initial, isSelf = false, onAnother }: UserFormProps & { onAnother: () => void }) {
  const [state, action, pending] = useActionState(mode === "create" ? createUserAction : updateUserAction, initialUserFormState);
  const [values, setValues] = useState(initial);
  const uid = useId();
  const set = (key: keyof UserFormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));

  if (mode === "create" && state.ok && state.temporaryPassword) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">
          {f.created}：{values.username}
        </p>
        <TemporaryPassword password={state.temporaryPassword} />
        <div className="flex flex-wrap gap-3">
          <Link href={`/admin/users/${state.userId}`} className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
            {f.viewUser}
          </Link>
          <button type="button" onClick={onAnother} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 hover:bg-slate-50">
            {f.createAnother}
          </button>
        </div>
      </div>
    );
  }

  const region = options.regions.find((r) => r.id === values.regionId);
  const inRegion = <T extends { regionPath: string }>(list: T[]) => (region ? list.filter((o) => o.regionPath.startsWith(region.path)) : []);
  const errors = state.fieldErrors ?? {};
  const field = (name: keyof UserFormValues) => ({
    id: `${uid}-${name}`,
    name,
    "aria-invalid": !!errors[name],
    "aria-describedby": errors[name] ? `${uid}-${name}-error` : undefined,
    className: inputClass(!!errors[name]),
  });
  const label = (name: keyof UserFormValues, text: string) => (
    <label htmlFor={`${uid}-${name}`} className="block text-sm font-medium text-slate-700">
      {text}
    </label>
  );
  const error = (name: keyof UserFormValues) => <FieldError id={`${uid}-${name}-error`} message={errors[name]} />;

  return (
    <form action={action} onSubmit={submitWithoutReset(action)} noValidate className="space-y-5">
      <div aria-live="polite">
        {state.formError && <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-bad">{state.formError}</p>}
        {state.ok && state.message && <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">{state.message}</p>}
      </div>
      {values.id && <input type="hidden" name="id" value={values.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          {label("username", f.username)}
          {mode === "create" ? (
            <input {...field("username")} value={values.username} onChange={set("username")} autoComplete="off" autoCapitalize="none" spellCheck={false} maxLength={32} />
          ) : (
            <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 font-mono text-sm text-slate-700 ring-1 ring-slate-200">{values.username}</p>
          )}
          {mode === "create" && <p className="mt-1 text-xs text-slate-500">{f.usernameHint}</p>}
          {error("username")}
        </div>
        <div>
          {label("displayName", f.displayName)}
          <input {...field("displayName")} value={values.displayName} onChange={set("displayName")} autoComplete="off" maxLength={40} />
          {error("displayName")}
        </div>
        <div>
          {label("role", f.role)}
          <select {...field("role")} value={values.role} onChange={set("role")} disabled={isSelf}>
            <option value="">{f.chooseRole}</option>
            {Object.values(Role).map((r) => (
              <option key={r} value={r}>
                {m.roles[r]}
              </option>
            ))}
          </select>
          {/* A disabled select is not submitted: the admin's own role goes along unchanged. */}
          {isSelf && <input type="hidden" name="role" value={values.role} />}
          {error("role")}
        </div>
        <div>
          {label("regionId", f.region)}
          <select {...field("regionId")} value={values.regionId} onChange={set("regionId")} disabled={isSelf}>
            <option value="">{f.chooseRegion}</option>
            <RegionOptions regions={options.regions} />
          </select>
          {isSelf && <input type="hidden" name="regionId" value={values.regionId} />}
          {error("regionId")}
        </div>
        {values.role === "HOSPITAL_REPORTER" && (
          <OrganisationSelect label={label("hospitalId", f.hospital)} props={field("hospitalId")} value={values.hospitalId} onChange={set("hospitalId")} choose={f.chooseHospital} options={inRegion(options.hospitals)} error={error("hospitalId")} />
        )}
        {values.role === "UNIT_REPORTER" && (
          <OrganisationSelect label={label("unitId", f.unit)} props={field("unitId")} value={values.unitId} onChange={set("unitId")} choose={f.chooseUnit} options={inRegion(options.units)} error={error("unitId")} />
        )}
      </div>
      <p className="text-xs text-slate-500">{isSelf ? f.selfNote : mode === "edit" ? f.sessionNote : f.createDescription}</p>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {mode === "create" ? (pending ? f.creating : f.create) : pending ? f.saving : f.save}
        </button>
        <Link href="/admin/users" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-800 hover:bg-slate-50">
          {f.cancel}
        </Link>
      </div>
    </form>
  );
}

/**
 * React resets a form after its action runs, and a controlled <select> then shows its first
 * option while the state still holds the choice. Submitting by hand keeps the two in step;
 * without JavaScript the form still posts through `action`.
 */
function submitWithoutReset(action: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
}

interface OrganisationSelectProps {
  label: React.ReactNode;
  props: React.SelectHTMLAttributes<HTMLSelectElement>;
  value: string;
  onChange: (e: React.ChangeEvent<HTMLSelectElement>) => void;
  choose: string;
  options: { id: string; name: string }[];
  error: React.ReactNode;
}

function OrganisationSelect({ label, props, value, onChange, choose, options, error }: OrganisationSelectProps) {
  // A choice left over from another region is not offered, so it is not submitted either.
  const current = options.some((o) => o.id === value) ? value : "";
  return (
    <div className="sm:col-span-2">
      {label}
      <select {...props} value={current} onChange={onChange}>
        <option value="">{choose}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      {options.length === 0 && <p className="mt-1 text-xs text-slate-500">{f.noOrganisationsInRegion}</p>}
      {error}
    </div>
  );
}
