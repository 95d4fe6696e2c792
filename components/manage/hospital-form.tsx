"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { createHospitalAction, updateHospitalAction } from "@/lib/actions/manage/hospitals";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { HospitalKind, HospitalLevel } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { RegionOptions } from "./region-options";
import { FormStatus, keepValuesOnSubmit, primaryButton, secondaryButton, useFieldProps } from "./form-parts";

const h = m.manage.hospitals;
const c = m.manage.common;

export interface HospitalFormValues {
  id?: string;
  code: string;
  name: string;
  shortName: string;
  aliases: string;
  level: string;
  kind: string;
  regionId: string;
}

/** Create or edit a hospital. Uncontrolled inputs with defaults: a refused submission keeps what was typed. */
export function HospitalForm({ initial, regions }: { initial: HospitalFormValues; regions: { id: string; name: string; level: string }[] }) {
  const editing = !!initial.id;
  const [state, action, pending] = useActionState(editing ? updateHospitalAction : createHospitalAction, initialManageFormState);
  const { control, Label, Error } = useFieldProps(useId(), state);
  return (
    <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-5">
      <FormStatus state={state} />
      {editing && <input type="hidden" name="id" value={initial.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <Label name="code" text={h.code} />
          {editing ? (
            <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 font-mono text-sm text-slate-700 ring-1 ring-slate-200">{initial.code}</p>
          ) : (
            <input {...control("code")} defaultValue={initial.code} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={32} />
          )}
          {!editing && <p className="mt-1 text-xs text-slate-500">{h.codeHint}</p>}
          <Error name="code" />
        </div>
        <div>
          <Label name="name" text={h.name} />
          <input {...control("name")} defaultValue={initial.name} autoComplete="off" maxLength={80} />
          <Error name="name" />
        </div>
        <div>
          <Label name="shortName" text={h.shortName} />
          <input {...control("shortName")} defaultValue={initial.shortName} autoComplete="off" maxLength={30} />
          <Error name="shortName" />
        </div>
        <div>
          <Label name="aliases" text={h.aliases} />
          <input {...control("aliases")} defaultValue={initial.aliases} autoComplete="off" />
          <p className="mt-1 text-xs text-slate-500">{h.aliasesHint}</p>
          <Error name="aliases" />
        </div>
        <div>
          <Label name="kind" text={h.kind} />
          <select {...control("kind")} defaultValue={initial.kind}>
            <option value="">{h.chooseKind}</option>
            {Object.values(HospitalKind).map((k) => (
              <option key={k} value={k}>
                {m.manage.hospitalKinds[k]}
              </option>
            ))}
          </select>
          <Error name="kind" />
        </div>
        <div>
          <Label name="level" text={h.level} />
          <select {...control("level")} defaultValue={initial.level}>
            <option value="">{h.noLevel}</option>
            {Object.values(HospitalLevel).map((l) => (
              <option key={l} value={l}>
                {m.manage.hospitalLevels[l]}
              </option>
            ))}
          </select>
          <Error name="level" />
        </div>
        <div className="sm:col-span-2">
          <Label name="regionId" text={h.region} />
          <select {...control("regionId")} defaultValue={initial.regionId}>
            <RegionOptions regions={regions} placeholder={h.chooseRegion} />
          </select>
          <Error name="regionId" />
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {editing ? (pending ? c.saving : c.save) : pending ? c.creating : c.create}
        </button>
        <Link href="/manage/hospitals" className={secondaryButton}>
          {c.cancel}
        </Link>
      </div>
    </form>
  );
}
