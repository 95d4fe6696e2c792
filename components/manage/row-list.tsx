"use client";

import { useId } from "react";
import type { FieldProps } from "./form-parts";

/** Shared by the list editors of the /manage forms (units, milestones, citations). */

/** The small buttons of a row: move up, move down, remove. */
export const rowButton = "rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 disabled:opacity-40";

/** The button that adds a row under a list. */
export const addRowButton = "rounded-md border border-brand-700 bg-white px-3 py-2 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-50";

/** The list with row i moved one place up (-1) or down (1). */
export function moveRow<T>(rows: T[], i: number, by: -1 | 1): T[] {
  const next = [...rows];
  [next[i], next[i + by]] = [next[i + by], next[i]];
  return next;
}

type Update<Row> = (next: (rows: Row[]) => Row[]) => void;

/**
 * A list of rows edited in place, with the keyboard in mind: a new row takes the focus (its
 * control `focusOf(index)`), and removing a row hands the focus to the add button.
 */
export function RowList<Row>({ rows, onChange, newRow, focusOf, field, name, label, empty, addLabel, children }: {
  rows: Row[];
  onChange: Update<Row>;
  newRow: (rows: Row[]) => Row;
  /** The id of the control a new row at `index` starts in. */
  focusOf: (index: number) => string;
  field: FieldProps;
  /** The field whose error belongs to the list as a whole. */
  name: string;
  label: string;
  empty: string;
  addLabel: string;
  children: (edit: RowEdit<Row>) => React.ReactNode;
}) {
  const addButton = useId();
  const edit: RowEdit<Row> = {
    set: (i, key, value) => onChange((rs) => rs.map((r, j) => (j === i ? { ...r, [key]: value } : r))),
    move: (i, by) => onChange((rs) => moveRow(rs, i, by)),
    remove: (i) => {
      onChange((rs) => rs.filter((_, j) => j !== i));
      document.getElementById(addButton)?.focus();
    },
  };
  const add = () => {
    const index = rows.length;
    onChange((rs) => [...rs, newRow(rs)]);
    requestAnimationFrame(() => document.getElementById(focusOf(index))?.focus());
  };
  return (
    <div className="space-y-2">
      <field.Error name={name} />
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <ol className="space-y-2" aria-label={label}>
          {children(edit)}
        </ol>
      )}
      <button id={addButton} type="button" className={addRowButton} onClick={add}>
        {addLabel}
      </button>
    </div>
  );
}

export interface RowEdit<Row> {
  set: <K extends keyof Row>(i: number, key: K, value: Row[K]) => void;
  move: (i: number, by: -1 | 1) => void;
  remove: (i: number) => void;
}
