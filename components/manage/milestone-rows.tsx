"use client";

import { useRef } from "react";
import { m } from "@/lib/i18n";
import type { FieldProps } from "./form-parts";
import { addRowButton, rowButton } from "./row-list";

const ms = m.manage.targetMilestones;

export type MilestoneRow = { year: string; value: string };

/**
 * The target's yearly milestones: a year and the value due by its end, one row each. The rows
 * are submitted as one JSON field; each input shows its own error (milestones.0.year …).
 */
export function MilestoneRows({ rows, onChange, field, unit, nextYear }: {
  rows: MilestoneRow[];
  onChange: (next: (rows: MilestoneRow[]) => MilestoneRow[]) => void;
  field: FieldProps;
  unit: string;
  /** The year a new row proposes. */
  nextYear: () => number;
}) {
  const { control, Error } = field;
  const addButton = useRef<HTMLButtonElement>(null);
  const set = (i: number, key: keyof MilestoneRow, value: string) => onChange((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const add = () => {
    const i = rows.length;
    onChange((rs) => [...rs, { year: String(nextYear()), value: "" }]);
    // The new row's value is what is typed next; the year is proposed.
    requestAnimationFrame(() => document.getElementById(control(`milestones.${i}.value`).id)?.focus());
  };
  const remove = (i: number) => {
    onChange((rs) => rs.filter((_, j) => j !== i));
    addButton.current?.focus();
  };
  return (
    <div className="space-y-2">
      <Error name="milestones" />
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{ms.empty}</p>
      ) : (
        <ol className="space-y-2" aria-label={ms.title}>
          {rows.map((r, i) => (
            <li key={i} className="rounded-md border border-slate-200 p-2">
              <div className="flex flex-wrap items-end gap-2">
                <div className="w-24">
                  <label htmlFor={control(`milestones.${i}.year`).id} className="text-xs text-slate-600">
                    <span aria-hidden>{ms.year}</span>
                    <span className="sr-only">{ms.rowYear(i + 1)}</span>
                  </label>
                  <input {...control(`milestones.${i}.year`)} name={undefined} value={r.year} onChange={(e) => set(i, "year", e.target.value)} inputMode="numeric" maxLength={4} autoComplete="off" />
                </div>
                <div className="w-36 min-w-0">
                  <label htmlFor={control(`milestones.${i}.value`).id} className="text-xs text-slate-600">
                    <span aria-hidden>
                      {ms.value}
                      {unit && `（${unit}）`}
                    </span>
                    <span className="sr-only">{ms.rowValue(i + 1)}</span>
                  </label>
                  <input {...control(`milestones.${i}.value`)} name={undefined} value={r.value} onChange={(e) => set(i, "value", e.target.value)} inputMode="decimal" autoComplete="off" />
                </div>
                <button type="button" className={`${rowButton} mb-1.5`} onClick={() => remove(i)} aria-label={ms.removeRow(i + 1)}>
                  {ms.remove}
                </button>
              </div>
              <Error name={`milestones.${i}.year`} />
              <Error name={`milestones.${i}.value`} />
            </li>
          ))}
        </ol>
      )}
      <button ref={addButton} type="button" className={addRowButton} onClick={add}>
        {ms.add}
      </button>
    </div>
  );
}
