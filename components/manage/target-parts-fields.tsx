"use client";

import { useState } from "react";
import type { UnitOption } from "@/lib/dal/manage/task-units";
import { m } from "@/lib/i18n";
import { CitationRows, type CitationRow } from "./citation-rows";
import type { FieldProps } from "./form-parts";
import { MilestoneRows, type MilestoneRow } from "./milestone-rows";
import { UnitLinksEditor, type UnitLink } from "./unit-links-editor";

export interface TargetPartValues {
  milestones: MilestoneRow[];
  citations: Omit<CitationRow, "key">[];
  units: UnitLink[];
}

/** What a page gives the target form for these parts. */
export interface TargetPartsSetup {
  initial: TargetPartValues;
  unitOptions: UnitOption[];
  /** The plan's first year, the first a milestone can fall in. */
  startYear: number;
}

const Part = ({ title, hint, children }: { title: string; hint: string; children: React.ReactNode }) => (
  <fieldset className="min-w-0 space-y-3 rounded-md border border-slate-200 p-4">
    <legend className="px-1 text-sm font-medium text-slate-800">{title}</legend>
    <p className="text-xs text-slate-500">{hint}</p>
    {children}
  </fieldset>
);

/**
 * What is edited with a target besides its own columns, shared by the new-target and the edit
 * form: yearly milestones, the other places the plan states it, and its responsible units.
 * Each list is submitted as one JSON field and saved in the same write as the target.
 */
export function TargetPartsFields({ field, initial, unitOptions, unit, sourceFile, startYear }: TargetPartsSetup & {
  field: FieldProps;
  /** The target's unit of measure, shown with the milestone values. */
  unit: string;
  /** The target's own document, which a new citation starts with. */
  sourceFile: string;
}) {
  const [milestones, setMilestones] = useState(initial.milestones);
  const [citations, setCitations] = useState<CitationRow[]>(() => initial.citations.map((c, key) => ({ key, ...c })));
  const [units, setUnits] = useState(initial.units);
  const nextYear = (rows: MilestoneRow[]) => Math.max(startYear - 1, ...rows.map((r) => Number(r.year) || 0)) + 1;
  return (
    <>
      <input type="hidden" name="milestones" value={JSON.stringify(milestones)} />
      <input type="hidden" name="citations" value={JSON.stringify(citations.map(({ sourceFile, quote }) => ({ sourceFile, quote })))} />
      <input type="hidden" name="units" value={JSON.stringify(units)} />
      <Part title={m.manage.targetMilestones.title} hint={m.manage.targetMilestones.hint}>
        <MilestoneRows rows={milestones} onChange={setMilestones} field={field} unit={unit} nextYear={nextYear} />
      </Part>
      <Part title={m.manage.targetCitations.title} hint={m.manage.targetCitations.hint}>
        <CitationRows rows={citations} onChange={setCitations} field={field} defaultFile={() => sourceFile} />
      </Part>
      <Part title={m.manage.targetUnits.title} hint={m.manage.targetUnits.hint}>
        <UnitLinksEditor links={units} onChange={setUnits} options={unitOptions} field={field} name="units" addLabel={m.manage.targetUnits.add} />
      </Part>
    </>
  );
}
