"use client";

import { m } from "@/lib/i18n";
import type { FieldProps } from "./form-parts";
import { RowList, rowButton } from "./row-list";

const ms = m.manage.targetMilestones;

export type MilestoneRow = { year: string; value: string };

/**
 * The target's yearly milestones: a year and the value due by its end, one row each. The rows
 * are submitted as one JSON field; each input shows its own error (milestones.0.year …). A new
 * row proposes the year after the last and takes the focus in its value.
 */
export function MilestoneRows({ rows, onChange, field, unit, nextYear }: {
  rows: MilestoneRow[];
  onChange: (next: (rows: MilestoneRow[]) => MilestoneRow[]) => void;
  field: FieldProps;
  unit: string;
  nextYear: (rows: MilestoneRow[]) => number;
}) {
  const { control, Error } = field;
  const id = (i: number, key: keyof MilestoneRow) => control(`milestones.${i}.${key}`).id;
  return (
    <RowList
      rows={rows}
      onChange={onChange}
      newRow={(rs) => ({ year: String(nextYear(rs)), value: "" })}
      focusOf={(i) => id(i, "value")}
      field={field}
      name="milestones"
      label={ms.title}
      empty={ms.empty}
      addLabel={ms.add}
    >
      {(edit) =>
        rows.map((r, i) => (
          // Index keys: the inputs are controlled and hold no state of their own.
          <li key={i} className="rounded-md border border-slate-200 p-2">
            <div className="flex flex-wrap items-end gap-2">
              <div className="w-24">
                <label htmlFor={id(i, "year")} className="text-xs text-slate-600">
                  <span aria-hidden>{ms.year}</span>
                  <span className="sr-only">{ms.rowYear(i + 1)}</span>
                </label>
                <input {...control(`milestones.${i}.year`)} name={undefined} value={r.year} onChange={(e) => edit.set(i, "year", e.target.value)} inputMode="numeric" maxLength={4} autoComplete="off" />
              </div>
              <div className="w-36 min-w-0">
                <label htmlFor={id(i, "value")} className="text-xs text-slate-600">
                  <span aria-hidden>
                    {ms.value}
                    {unit && `（${unit}）`}
                  </span>
                  <span className="sr-only">{ms.rowValue(i + 1)}</span>
                </label>
                <input {...control(`milestones.${i}.value`)} name={undefined} value={r.value} onChange={(e) => edit.set(i, "value", e.target.value)} inputMode="decimal" autoComplete="off" />
              </div>
              <button type="button" className={`${rowButton} mb-1.5`} onClick={() => edit.remove(i)} aria-label={ms.removeRow(i + 1)}>
                {ms.remove}
              </button>
            </div>
            <Error name={`milestones.${i}.year`} />
            <Error name={`milestones.${i}.value`} />
          </li>
        ))
      }
    </RowList>
  );
}
