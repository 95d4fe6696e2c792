"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { Card } from "@/components/ui/card";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { importPlanAction } from "@/lib/actions/manage/import-plan";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, useFieldProps } from "./form-parts";

const i = m.manage.import;

/** The plan's facts and the filled-in workbook; row problems are listed one per line. */
export function PlanImportForm({ regions, sourceFiles }: { regions: { id: string; name: string; level: string }[]; sourceFiles: { file: string; label: string }[] }) {
  const [state, action, pending] = useActionState(importPlanAction, initialManageFormState);
  const { control, Label, Error } = useFieldProps(useId(), state);
  const text = (name: string, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <Label name={name} text={label} />
      <input {...control(name)} autoComplete="off" {...extra} />
      <Error name={name} />
    </div>
  );
  if (state.ok && state.planCode) {
    return (
      <div className="space-y-3">
        <FormStatus state={state} />
        <Link href={`/plans/${state.planCode}`} className={`inline-block ${primaryButton}`}>
          {i.viewPlan}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-5">
      <FormStatus state={state} />
      {state.problems && state.problems.length > 0 && (
        <ul className="max-h-80 list-disc space-y-1 overflow-auto rounded-md border border-bad/30 bg-red-50/50 py-2 pr-3 pl-7 text-sm text-bad">
          {state.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <Card title={i.planCard}>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            {text("code", i.code, { maxLength: 32, autoCapitalize: "characters" })}
            <p className="mt-1 text-xs text-slate-500">{i.codeHint}</p>
          </div>
          {text("shortTitle", i.shortTitle, { maxLength: 40 })}
          <div className="sm:col-span-2">{text("title", i.titleField, { maxLength: 200 })}</div>
          {text("documentNumber", i.documentNumber, { maxLength: 60 })}
          {text("issuer", i.issuer, { maxLength: 100 })}
          {text("issuedOn", i.issuedOn, { type: "date" })}
          <div>
            <Label name="regionId" text={i.region} />
            <select {...control("regionId")} defaultValue={regions.length === 1 ? regions[0].id : ""}>
              <option value="">{m.manage.hospitals.chooseRegion}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.level === "COUNTY" ? `　${r.name}` : r.name}
                </option>
              ))}
            </select>
            <Error name="regionId" />
          </div>
          {text("startYear", i.startYear, { inputMode: "numeric", maxLength: 4 })}
          {text("endYear", i.endYear, { inputMode: "numeric", maxLength: 4 })}
          <div className="sm:col-span-2">
            <Label name="sourceFile" text={i.sourceFile} />
            <select {...control("sourceFile")} defaultValue="">
              <option value="">{i.sourceFileNone}</option>
              {sourceFiles.map((f) => (
                <option key={f.file} value={f.file}>
                  {f.label}
                </option>
              ))}
            </select>
            <Error name="sourceFile" />
          </div>
        </div>
      </Card>
      <Card title={i.fileCard}>
        <Label name="file" text={i.file} />
        <input {...control("file")} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="mt-1 block w-full text-sm" />
        <Error name="file" />
      </Card>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? i.uploading : i.upload}
      </button>
    </form>
  );
}
