"use client";

import type { RegionOption } from "@/lib/dal/region-options";
import { useState } from "react";
import { Aggregation, Comparator, TargetKind } from "@/lib/generated/prisma/enums";
import { m } from "@/lib/i18n";
import type { FieldProps } from "./form-parts";
import { RegionOptions } from "./region-options";
import { SourceFileField } from "./source-file-field";

const t = m.manage.target;
const ts = m.manage.targetScope;

export interface TargetFieldValues {
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
  scopeRegionId: string;
  scopeHospitalId: string;
  aggregation: Aggregation;
  sourceFile: string;
  sourceQuote: string;
  decisionNote: string;
}

export interface TargetScopeChoices {
  regions: Pick<RegionOption, "id" | "name" | "level">[];
  hospitals: { id: string; name: string }[];
}

/**
 * Every field of a target a staff member types in, shared by the new-target and the edit form:
 * the figures, the scope, how reports combine, and the sentence of the source it comes from.
 */
export function TargetFields({ field, initial, scopes }: { field: FieldProps; initial: TargetFieldValues; scopes: TargetScopeChoices }) {
  const { control, Label, Error, text } = field;
  const [sourceFile, setSourceFile] = useState(initial.sourceFile);
  const select = (name: "kind" | "comparator" | "aggregation", label: string, labels: Record<string, string>) => (
    <div className={name === "aggregation" ? "sm:col-span-2" : undefined}>
      <Label name={name} text={label} />
      <select {...control(name)} defaultValue={initial[name]}>
        {Object.entries(labels).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <Error name={name} />
    </div>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <input type="hidden" name="sourceFile" value={sourceFile} />
      <div className="sm:col-span-2">{text({ name: "metric", label: t.metric, defaultValue: initial.metric, maxLength: 200 })}</div>
      {select("kind", t.kind, pick(TargetKind, m.targets.kinds))}
      {select("comparator", t.comparator, pick(Comparator, m.targetExport.comparators))}
      {text({ name: "value", label: t.value, defaultValue: initial.value, inputMode: "decimal" })}
      {text({ name: "valueHigh", label: t.valueHigh, hint: t.valueHighHint, defaultValue: initial.valueHigh, inputMode: "decimal" })}
      {text({ name: "unit", label: t.unit, defaultValue: initial.unit, maxLength: 20 })}
      {text({ name: "deadlineYear", label: t.deadlineYear, defaultValue: initial.deadlineYear, inputMode: "numeric", maxLength: 4 })}
      {text({ name: "deadlineDate", label: t.deadlineDate, defaultValue: initial.deadlineDate, type: "date" })}
      {text({ name: "scope", label: t.scope, defaultValue: initial.scope, maxLength: 100 })}
      <div>
        <Label name="scopeRegionId" text={ts.region} />
        <select {...control("scopeRegionId")} defaultValue={initial.scopeRegionId}>
          <option value="">{ts.regionNone}</option>
          <RegionOptions regions={scopes.regions} />
        </select>
        <Error name="scopeRegionId" />
      </div>
      <div>
        <Label name="scopeHospitalId" text={ts.hospital} />
        <select {...control("scopeHospitalId")} defaultValue={initial.scopeHospitalId}>
          <option value="">{ts.hospitalNone}</option>
          {scopes.hospitals.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </select>
        <Error name="scopeHospitalId" />
      </div>
      <p className="-mt-2 text-xs text-slate-500 sm:col-span-2">{ts.hint}</p>
      {text({ name: "baselineValue", label: t.baselineValue, defaultValue: initial.baselineValue, inputMode: "decimal" })}
      {text({ name: "baselineYear", label: t.baselineYear, defaultValue: initial.baselineYear, inputMode: "numeric", maxLength: 4 })}
      {select("aggregation", t.aggregation, pick(Aggregation, m.targets.aggregation))}
      <div className="sm:col-span-2">
        <Label name="sourceFile" text={t.sourceFile} />
        <SourceFileField value={sourceFile} onChange={setSourceFile} control={control("sourceFile")} customLabel={t.sourceFileCustom} />
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
  );
}

/** The labels of an enum's values, in the enum's order. */
const pick = (values: Record<string, string>, labels: Record<string, string>) => Object.fromEntries(Object.values(values).map((v) => [v, labels[v]]));
