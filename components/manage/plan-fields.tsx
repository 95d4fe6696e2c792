import { m } from "@/lib/i18n";
import type { RegionOption } from "@/lib/dal/region-options";
import type { FieldProps } from "./form-parts";
import { RegionOptions } from "./region-options";
import { SourceFileOptions, type OwnDocument } from "./source-file-options";

const p = m.manage.plans;

export interface PlanFieldValues {
  code: string;
  title: string;
  shortTitle: string;
  documentNumber: string;
  issuer: string;
  issuedOn: string;
  startYear: string;
  endYear: string;
  regionId: string;
  sourceFile: string;
}

export const emptyPlanFields = (regions: { id: string }[]): PlanFieldValues => ({
  code: "", title: "", shortTitle: "", documentNumber: "", issuer: "", issuedOn: "", startYear: "", endYear: "", regionId: regions.length === 1 ? regions[0].id : "", sourceFile: "",
});

/**
 * A plan's particulars as its published text states them, in the new-plan, edit and import
 * forms alike. The code is typed once: after that it is in every link to the plan.
 */
export function PlanFields({ field, initial, regions, editing, ownDocument }: { field: FieldProps; initial: PlanFieldValues; regions: Pick<RegionOption, "id" | "name" | "level">[]; editing: boolean; ownDocument?: OwnDocument }) {
  const { control, Label, Error, text } = field;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {editing ? (
        <div>
          <p className="block text-sm font-medium text-slate-700">{p.code}</p>
          <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 font-mono text-sm text-slate-700 ring-1 ring-slate-200">{initial.code}</p>
        </div>
      ) : (
        text({ name: "code", label: p.code, hint: p.codeHint, defaultValue: initial.code, maxLength: 32, autoCapitalize: "characters", spellCheck: false })
      )}
      {text({ name: "shortTitle", label: p.shortTitle, defaultValue: initial.shortTitle, maxLength: 40 })}
      <div className="sm:col-span-2">{text({ name: "title", label: p.titleField, defaultValue: initial.title, maxLength: 200 })}</div>
      {text({ name: "documentNumber", label: p.documentNumber, hint: p.documentNumberHint, defaultValue: initial.documentNumber, maxLength: 60 })}
      {text({ name: "issuer", label: p.issuer, defaultValue: initial.issuer, maxLength: 100 })}
      {text({ name: "issuedOn", label: p.issuedOn, type: "date", defaultValue: initial.issuedOn })}
      <div>
        <Label name="regionId" text={p.region} />
        <select {...control("regionId")} defaultValue={initial.regionId}>
          <option value="">{m.manage.hospitals.chooseRegion}</option>
          <RegionOptions regions={regions} />
        </select>
        <Error name="regionId" />
      </div>
      {text({ name: "startYear", label: p.startYear, defaultValue: initial.startYear, inputMode: "numeric", maxLength: 4 })}
      {text({ name: "endYear", label: p.endYear, defaultValue: initial.endYear, inputMode: "numeric", maxLength: 4 })}
      <div className="sm:col-span-2">
        <Label name="sourceFile" text={p.sourceFile} hint={p.sourceFileHint} />
        <select {...control("sourceFile")} defaultValue={initial.sourceFile}>
          <SourceFileOptions noneLabel={p.sourceFileNone} own={ownDocument} />
        </select>
        <Error name="sourceFile" />
      </div>
    </div>
  );
}
