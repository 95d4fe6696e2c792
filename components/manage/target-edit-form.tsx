"use client";

import { useActionState, useId, useState } from "react";
import { initialManageFormState } from "@/lib/actions/manage/form-state";
import { updateTargetAction } from "@/lib/actions/manage/targets";
import { Aggregation, Comparator, TargetKind } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import { FormStatus, keepValuesOnSubmit, primaryButton, useFieldProps } from "./form-parts";

const t = m.manage.target;
const OTHER = "__other";

export interface TargetFormValues {
  id: string;
  version: number;
  metric: string;
  comparator: Comparator;
  value: string;
  valueHigh: string;
  unit: string;
  deadlineYear: string;
  deadlineDate: string;
  kind: TargetKind;
  baselineValue: string;
  baselineYear: string;
  scope: string;
  aggregation: Aggregation;
  sourceFile: string;
  sourceQuote: string;
  decisionNote: string;
}

/**
 * Every field of a target. The version it was loaded at goes along with the save, so a save
 * based on an outdated target is refused; a revision of the figures also needs a reason.
 */
export function TargetEditForm({ initial, sourceFiles }: { initial: TargetFormValues; sourceFiles: { file: string; label: string }[] }) {
  const [state, action, pending] = useActionState(updateTargetAction, initialManageFormState);
  const { control, Label, Error } = useFieldProps(useId(), state);
  const bundled = sourceFiles.some((f) => f.file === initial.sourceFile);
  const [choice, setChoice] = useState(bundled ? initial.sourceFile : OTHER);
  const [custom, setCustom] = useState(bundled ? "" : initial.sourceFile);
  const text = (name: keyof TargetFormValues, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <Label name={name} text={label} />
      <input {...control(name)} defaultValue={String(initial[name])} autoComplete="off" {...extra} />
      <Error name={name} />
    </div>
  );
  return (
    <form onSubmit={keepValuesOnSubmit(action)} noValidate className="space-y-5">
      <FormStatus state={state} />
      <input type="hidden" name="id" value={initial.id} />
      <input type="hidden" name="version" value={state.version ?? initial.version} />
      <input type="hidden" name="sourceFile" value={choice === OTHER ? custom : choice} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">{text("metric", t.metric, { maxLength: 200 })}</div>
        <div>
          <Label name="kind" text={t.kind} />
          <select {...control("kind")} defaultValue={initial.kind}>
            {Object.values(TargetKind).map((k) => (
              <option key={k} value={k}>
                {m.targets.kinds[k]}
              </option>
            ))}
          </select>
          <Error name="kind" />
        </div>
        <div>
          <Label name="comparator" text={t.comparator} />
          <select {...control("comparator")} defaultValue={initial.comparator}>
            {Object.values(Comparator).map((c) => (
              <option key={c} value={c}>
                {m.targetExport.comparators[c]}
              </option>
            ))}
          </select>
          <Error name="comparator" />
        </div>
        {text("value", t.value, { inputMode: "decimal" })}
        <div>
          {text("valueHigh", t.valueHigh, { inputMode: "decimal" })}
          <p className="mt-1 text-xs text-slate-500">{t.valueHighHint}</p>
        </div>
        {text("unit", t.unit, { maxLength: 20 })}
        {text("deadlineYear", t.deadlineYear, { inputMode: "numeric", maxLength: 4 })}
        {text("deadlineDate", t.deadlineDate, { type: "date" })}
        {text("scope", t.scope, { maxLength: 100 })}
        {text("baselineValue", t.baselineValue, { inputMode: "decimal" })}
        {text("baselineYear", t.baselineYear, { inputMode: "numeric", maxLength: 4 })}
        <div className="sm:col-span-2">
          <Label name="aggregation" text={t.aggregation} />
          <select {...control("aggregation")} defaultValue={initial.aggregation}>
            {Object.values(Aggregation).map((a) => (
              <option key={a} value={a}>
                {m.targets.aggregation[a]}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-2">
          <Label name="sourceFileChoice" text={t.sourceFile} />
          <select {...control("sourceFileChoice")} name={undefined} value={choice} onChange={(e) => setChoice(e.target.value)}>
            {sourceFiles.map((f) => (
              <option key={f.file} value={f.file}>
                {f.label}
              </option>
            ))}
            <option value={OTHER}>{t.sourceFileOther}</option>
          </select>
          {choice === OTHER && (
            <input aria-label={t.sourceFileCustom} placeholder={t.sourceFileCustom} value={custom} onChange={(e) => setCustom(e.target.value)} className={`${control("sourceFile").className}`} maxLength={120} />
          )}
          <Error name="sourceFile" />
        </div>
        <div className="sm:col-span-2">
          <Label name="sourceQuote" text={t.sourceQuote} hint={t.sourceQuoteHint} />
          <textarea {...control("sourceQuote")} defaultValue={initial.sourceQuote} rows={4} />
          <Error name="sourceQuote" />
        </div>
        <div className="sm:col-span-2">
          <Label name="decisionNote" text={t.decisionNote} />
          <textarea {...control("decisionNote")} defaultValue={initial.decisionNote} rows={2} />
          <Error name="decisionNote" />
        </div>
      </div>
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
        <span className="text-xs text-slate-500">{t.version(state.version ?? initial.version)}</span>
      </div>
    </form>
  );
}
